package fr.recueil.assembly.ui;

import com.github.mvysny.kaributesting.v10.UploadKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextField;
import fr.recueil.chapter.ui.text.RichTextField;
import fr.recueil.assembly.FrontMatterService;
import fr.recueil.assembly.ReportFrontMatter;
import fr.recueil.base.audit.SystemActor;
import fr.recueil.campaign.Campaign;
import fr.recueil.campaign.CampaignService;
import fr.recueil.campaign.CampaignStatus;
import fr.recueil.testing.KaribuTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.getNotifications;
import static org.assertj.core.api.Assertions.assertThat;

/** The report's cover and editorial page, on a campaign of its own (the newest open one is the report's). */
class FrontMatterViewTest extends KaribuTest {

    static final int YEAR = 2092;

    @Autowired
    CampaignService campaigns;
    @Autowired
    FrontMatterService frontMatters;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PlatformTransactionManager transactions;

    long campaignId;

    @BeforeEach
    void openOwnCampaign() {
        deleteOwnCampaign();
        campaignId = SystemActor.call(() -> {
            Campaign campaign = campaigns.create(YEAR, "Rapport d'activité " + YEAR, LocalDate.of(YEAR + 1, 3, 31), false);
            campaigns.changeStatus(campaign.getId(), CampaignStatus.OPEN);
            return campaign.getId();
        });
    }

    @AfterEach
    void deleteOwnCampaign() {
        jdbc.sql("delete from campaign where year = ?").param(YEAR).update();
    }

    @Test
    void communication_writes_the_cover_and_an_editorial_and_the_preview_follows() {
        login("communication");
        UI.getCurrent().navigate("rapport/couverture");
        assertThat(field("cover-title").getValue()).isEqualTo("Rapport d'activité " + YEAR);

        _setValue(field("cover-title"), "Rapport d'activité " + YEAR + " des services");
        _setValue(field("cover-subtitle"), "Une année au service des habitants");
        _setValue(field("cover-authority"), "Département du Val-de-Marne");
        _setValue(field("editorial-title"), "Éditorial");
        _setValue(_get(RichTextField.class, spec -> spec.withId("editorial-body")), "Une année **dense**.\n\n- un\n- deux");
        assertThat(_get(Span.class, spec -> spec.withId("cover-preview-title")).getText())
                .isEqualTo("Rapport d'activité " + YEAR + " des services");
        assertThat(text(_get(Component.class, spec -> spec.withId("cover-preview")))).contains("Département du Val-de-Marne")
                .contains("Une année au service des habitants").contains(String.valueOf(YEAR));

        _click(_get(Button.class, spec -> spec.withId("save-cover")));

        assertThat(notifications()).contains("La couverture et l'éditorial sont enregistrés.");
        ReportFrontMatter saved = stored();
        assertThat(saved.getCoverTitle()).isEqualTo("Rapport d'activité " + YEAR + " des services");
        assertThat(saved.getCoverSubtitle()).isEqualTo("Une année au service des habitants");
        assertThat(saved.getAuthorityName()).isEqualTo("Département du Val-de-Marne");
        assertThat(saved.getEditorialTitle()).isEqualTo("Éditorial");
        assertThat(saved.getEditorialBody()).isEqualTo("Une année **dense**.\n\n- un\n- deux");

        _setValue(field("cover-subtitle"), "");
        _click(_get(Button.class, spec -> spec.withId("save-cover")));
        assertThat(stored().getCoverSubtitle()).as("a second save uses the new version").isNull();
    }

    @Test
    void a_cover_without_title_is_refused_with_the_reason_under_the_field_and_nothing_typed_is_lost() {
        login("communication");
        UI.getCurrent().navigate("rapport/couverture");
        _setValue(field("cover-title"), " ");
        _setValue(field("cover-subtitle"), "Sous-titre tapé");

        _click(_get(Button.class, spec -> spec.withId("save-cover")));

        assertThat(field("cover-title").isInvalid()).isTrue();
        assertThat(field("cover-title").getErrorMessage()).isEqualTo("Le titre de la couverture est obligatoire.");
        assertThat(field("cover-subtitle").getValue()).isEqualTo("Sous-titre tapé");
        assertThat(stored().getVersion()).isZero();
    }

    @Test
    void a_pdf_renamed_png_is_refused_in_french_and_the_form_keeps_what_was_typed_then_a_png_is_the_logo() throws IOException {
        login("communication");
        UI.getCurrent().navigate("rapport/couverture");
        _setValue(field("cover-subtitle"), "Pas encore enregistré");
        FrontMatterView view = _get(FrontMatterView.class);

        UploadKt._upload(view.logo().upload(), "logo.png", "image/png", "%PDF-1.7\n1 0 obj\n<<>>\nendobj\n".getBytes());

        assertThat(_get(Span.class, spec -> spec.withId("logo-refusal")).getText()).isEqualTo("« logo.png » n'est pas une image "
                + "PNG ou JPEG (c'est un fichier PDF). Enregistrez-la en PNG ou en JPEG puis réessayez.");
        assertThat(field("cover-subtitle").getValue()).isEqualTo("Pas encore enregistré");
        assertThat(_find(Image.class, spec -> spec.withId("logo-preview"))).isEmpty();
        assertThat(stored().hasLogo()).isFalse();

        UploadKt._upload(view.logo().upload(), "logo.png", "image/png", png());

        assertThat(_find(Image.class, spec -> spec.withId("logo-preview"))).hasSize(1);
        assertThat(_find(Span.class, spec -> spec.withId("logo-refusal"))).as("the refusal is hidden again").isEmpty();
        assertThat(stored().hasLogo()).isTrue();
        assertThat(field("cover-subtitle").getValue()).isEqualTo("Pas encore enregistré");

        _click(_get(Button.class, spec -> spec.withId("save-cover")));
        assertThat(stored().getCoverSubtitle()).as("the logo's own save does not make the texts conflict").isEqualTo("Pas encore enregistré");

        _click(_get(Button.class, spec -> spec.withId("remove-logo")));
        assertThat(stored().hasLogo()).isFalse();
        assertThat(_find(Image.class, spec -> spec.withId("logo-preview"))).isEmpty();
    }

    @Test
    void a_cover_changed_by_someone_else_meanwhile_is_refused_and_the_typed_text_stays() {
        login("communication");
        UI.getCurrent().navigate("rapport/couverture");
        SystemActor.run(() -> frontMatters.describe(campaignId, 0, "Titre de l'autre", null, null, null, null));

        _setValue(field("cover-title"), "Mon titre");
        _click(_get(Button.class, spec -> spec.withId("save-cover")));

        assertThat(notifications()).anyMatch(n -> n.startsWith("La couverture vient d'être modifiée par"));
        assertThat(text(_get(Component.class, spec -> spec.withId("cover-error")))).startsWith("La couverture vient d'être modifiée par");
        assertThat(field("cover-title").getValue()).isEqualTo("Mon titre");
        assertThat(stored().getCoverTitle()).isEqualTo("Titre de l'autre");
    }

    @Test
    void a_published_reports_cover_is_shown_read_only_with_the_notice() {
        SystemActor.run(() -> frontMatters.describe(campaignId, 0, "Rapport publié", "Sous-titre", null, null, null));
        login("communication");
        // The shared demo campaign 2024 is closed only inside a transaction that is rolled back.
        new TransactionTemplate(transactions).executeWithoutResult(transaction -> {
            transaction.setRollbackOnly();
            SystemActor.run(() -> {
                campaigns.changeStatus(campaigns.campaignOfYear(2024).orElseThrow().getId(), CampaignStatus.CLOSED);
                campaigns.changeStatus(campaignId, CampaignStatus.CLOSED);
                campaigns.changeStatus(campaignId, CampaignStatus.PUBLISHED);
            });

            UI.getCurrent().navigate("rapport/couverture");

            assertThat(_get(Paragraph.class, spec -> spec.withId("cover-frozen")).getText())
                    .isEqualTo("Ce rapport est publié : sa couverture et son éditorial ne peuvent plus changer.");
            assertThat(field("cover-title").getValue()).isEqualTo("Rapport publié");
            assertThat(field("cover-title").isReadOnly()).isTrue();
            assertThat(_get(RichTextField.class, spec -> spec.withId("editorial-body")).isReadOnly()).isTrue();
            assertThat(_find(Button.class, spec -> spec.withId("save-cover"))).isEmpty();
            assertThat(_find(com.vaadin.flow.component.upload.Upload.class)).isEmpty();
        });
        assertThat(SystemActor.call(() -> campaigns.campaignOfYear(2024).orElseThrow().getStatus())).isEqualTo(CampaignStatus.OPEN);
    }

    @Test
    void leaving_with_unsaved_changes_asks_first_and_staying_keeps_them() {
        login("communication");
        UI.getCurrent().navigate("rapport/couverture");
        _setValue(field("cover-subtitle"), "Pas encore enregistré");

        UI.getCurrent().navigate("rapport");

        assertThat(_get(ConfirmDialog.class, spec -> spec.withId("cover-unsaved")).isOpened()).isTrue();
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).isEqualTo("rapport/couverture");
        assertThat(field("cover-subtitle").getValue()).isEqualTo("Pas encore enregistré");
    }

    @ParameterizedTest(name = "{0} cannot open {1}")
    @CsvSource({
            "relecteur.demo, rapport/couverture",
            "contributeur.dasipe, rapport/couverture",
            "relecteur.demo, rapport",
            "contributeur.dasipe, rapport"
    })
    void the_report_pages_are_refused_to_reviewers_and_contributors(String login, String path) {
        login(login);

        UI.getCurrent().navigate(path);

        assertThat(_find(Component.class, spec -> spec.withId("access-denied"))).hasSize(1);
        assertThat(_find(Component.class, spec -> spec.withId("front-matter"))).isEmpty();
        assertThat(_find(Component.class, spec -> spec.withId("report-outline"))).isEmpty();
    }

    private static TextField field(String id) {
        return _get(TextField.class, spec -> spec.withId(id));
    }

    private ReportFrontMatter stored() {
        return SystemActor.call(() -> frontMatters.frontMatter(campaignId));
    }

    private static String text(Component component) {
        return component.getElement().getTextRecursively();
    }

    private static List<String> notifications() {
        return getNotifications().stream().map(FrontMatterViewTest::notificationText).toList();
    }

    private static String notificationText(Notification notification) {
        String text = notification.getElement().getProperty("text");
        return text != null ? text : notification.getElement().getTextRecursively();
    }

    private static byte[] png() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(40, 40, BufferedImage.TYPE_INT_RGB), "png", out);
        return out.toByteArray();
    }
}
