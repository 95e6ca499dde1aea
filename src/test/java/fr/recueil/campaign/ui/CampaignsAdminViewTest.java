package fr.recueil.campaign.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import fr.recueil.base.ui.FrenchDatePicker;
import fr.recueil.campaign.Campaign;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.stream.IntStream;

import static com.github.mvysny.kaributesting.v10.GridKt._getFormatted;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

class CampaignsAdminViewTest extends CampaignUiTest {

    @BeforeEach
    void openAsAdministrator() {
        login("admin");
        UI.getCurrent().navigate("admin/campagnes");
    }

    @Test
    void the_list_shows_each_campaign_with_its_status_deadline_and_number_of_chapters() {
        Grid<?> grid = _get(Grid.class, spec -> spec.withId("campaigns-grid"));
        Campaign demo = demoCampaign();
        int row = IntStream.range(0, _size(grid)).filter(i -> _getFormatted(grid, i, "year").equals("2024")).findFirst().orElseThrow();

        assertThat(_getFormatted(grid, row, "chapters")).isEqualTo(String.valueOf(demo.getOutline().size()));
        assertThat(_getFormatted(grid, row, "directorValidation")).isEqualTo("Non");
        assertThat(_getFormatted(grid, row, "deadline")).isEqualTo(fr.recueil.base.Formats.date(demo.getDeadline(), java.util.Locale.FRENCH));
    }

    @Test
    void a_new_campaign_is_created_from_the_dialog_and_its_page_opens() {
        _click(_get(Button.class, spec -> spec.withId("new-campaign")));
        IntegerField year = _get(IntegerField.class, spec -> spec.withId("campaign-year"));
        TextField title = _get(TextField.class, spec -> spec.withId("campaign-title"));
        int suggested = campaigns.campaigns().stream().mapToInt(Campaign::getYear).max().orElseThrow() + 1;
        assertThat(year.getValue()).isEqualTo(suggested);
        assertThat(title.getValue()).isEqualTo("Rapport d'activité " + suggested);

        _setValue(year, 2033);
        assertThat(title.getValue()).as("the title follows the year").isEqualTo("Rapport d'activité 2033");
        _setValue(_get(FrenchDatePicker.class, spec -> spec.withId("campaign-deadline")), LocalDate.of(2034, 3, 31));
        _setValue(_get(Checkbox.class, spec -> spec.withId("campaign-director-validation")), true);
        _click(_get(Button.class, spec -> spec.withId("create-campaign")));

        Campaign created = campaigns.campaignOfYear(2033).orElseThrow();
        assertThat(created.getTitle()).isEqualTo("Rapport d'activité 2033");
        assertThat(created.isDirectorValidationRequired()).isTrue();
        assertThat(path()).isEqualTo("admin/campagnes/" + created.getId());
        assertThat(notifications()).anyMatch(n -> n.startsWith("Campagne « Rapport d'activité 2033 » créée"));
    }

    @Test
    void a_year_that_already_has_a_campaign_is_refused_and_the_dialog_stays_open_and_filled() {
        int before = campaigns.campaigns().size();
        _click(_get(Button.class, spec -> spec.withId("new-campaign")));
        IntegerField year = _get(IntegerField.class, spec -> spec.withId("campaign-year"));
        TextField title = _get(TextField.class, spec -> spec.withId("campaign-title"));
        FrenchDatePicker deadline = _get(FrenchDatePicker.class, spec -> spec.withId("campaign-deadline"));
        _setValue(year, 2024);
        _setValue(title, "Mon rapport 2024");
        _setValue(deadline, LocalDate.of(2025, 3, 31));

        _click(_get(Button.class, spec -> spec.withId("create-campaign")));

        assertThat(year.isInvalid()).isTrue();
        assertThat(year.getErrorMessage()).isEqualTo("Une campagne existe déjà pour l'année 2024.");
        assertThat(_get(NewCampaignDialog.class).isOpened()).isTrue();
        assertThat(year.getValue()).isEqualTo(2024);
        assertThat(title.getValue()).isEqualTo("Mon rapport 2024");
        assertThat(deadline.getValue()).isEqualTo(LocalDate.of(2025, 3, 31));
        assertThat(campaigns.campaigns()).hasSize(before);
        assertThat(path()).isEqualTo("admin/campagnes");
    }

    @Test
    void a_deadline_before_the_campaigns_year_is_refused_on_the_date_and_nothing_is_stored() {
        _click(_get(Button.class, spec -> spec.withId("new-campaign")));
        _setValue(_get(IntegerField.class, spec -> spec.withId("campaign-year")), 2033);
        FrenchDatePicker deadline = _get(FrenchDatePicker.class, spec -> spec.withId("campaign-deadline"));
        _setValue(deadline, LocalDate.of(2032, 12, 15));

        _click(_get(Button.class, spec -> spec.withId("create-campaign")));

        assertThat(deadline.isInvalid()).isTrue();
        assertThat(deadline.getErrorMessage()).isEqualTo("La date limite ne peut pas précéder l'année de la campagne (2033).");
        assertThat(deadline.getValue()).isEqualTo(LocalDate.of(2032, 12, 15));
        assertThat(campaigns.campaignOfYear(2033)).isEmpty();
    }

    @Test
    void an_empty_or_overlong_title_is_refused_and_nothing_is_stored() {
        _click(_get(Button.class, spec -> spec.withId("new-campaign")));
        _setValue(_get(IntegerField.class, spec -> spec.withId("campaign-year")), 2033);
        _setValue(_get(FrenchDatePicker.class, spec -> spec.withId("campaign-deadline")), LocalDate.of(2034, 3, 31));
        TextField title = _get(TextField.class, spec -> spec.withId("campaign-title"));

        _setValue(title, "");
        _click(_get(Button.class, spec -> spec.withId("create-campaign")));
        assertThat(title.getErrorMessage()).isEqualTo("Le titre de la campagne est obligatoire.");

        String tooLong = "x".repeat(10_000);
        _setValue(title, tooLong);
        _click(_get(Button.class, spec -> spec.withId("create-campaign")));
        assertThat(title.isInvalid()).isTrue();
        assertThat(title.getErrorMessage()).startsWith("Le titre ne doit pas dépasser 200 caractères");
        assertThat(title.getValue()).isEqualTo(tooLong);
        assertThat(campaigns.campaignOfYear(2033)).isEmpty();
    }

    @Test
    void an_empty_year_is_refused_before_anything_is_sent() {
        _click(_get(Button.class, spec -> spec.withId("new-campaign")));
        IntegerField year = _get(IntegerField.class, spec -> spec.withId("campaign-year"));
        _setValue(year, null);

        _click(_get(Button.class, spec -> spec.withId("create-campaign")));

        assertThat(year.getErrorMessage()).isEqualTo("Saisissez l'année du rapport.");
        assertThat(_get(NewCampaignDialog.class).isOpened()).isTrue();
    }

    @Test
    void cancelling_the_dialog_creates_nothing() {
        int before = campaigns.campaigns().size();
        _click(_get(Button.class, spec -> spec.withId("new-campaign")));
        _click(_get(Button.class, spec -> spec.withId("cancel-campaign")));

        _assertNone(NewCampaignDialog.class);
        assertThat(campaigns.campaigns()).hasSize(before);
    }
}
