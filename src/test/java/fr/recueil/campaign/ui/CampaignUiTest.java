package fr.recueil.campaign.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.notification.Notification;
import fr.recueil.base.audit.SystemActor;
import fr.recueil.campaign.Campaign;
import fr.recueil.campaign.CampaignService;
import fr.recueil.organisation.Direction;
import fr.recueil.organisation.OrganisationService;
import fr.recueil.testing.KaribuTest;
import org.junit.jupiter.api.AfterEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.List;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.getNotifications;

/**
 * What the campaign pages' tests share. Campaigns a test creates use years from 2031 on and are
 * deleted after each test, so the demo campaign 2024 stays the only one.
 */
abstract class CampaignUiTest extends KaribuTest {

    static final int FIRST_TEST_YEAR = 2031;

    @Autowired
    protected CampaignService campaigns;
    @Autowired
    protected OrganisationService organisation;
    @Autowired
    private JdbcClient jdbc;

    @AfterEach
    void deleteTestCampaigns() {
        jdbc.sql("delete from campaign where year >= ?").param(FIRST_TEST_YEAR).update();
    }

    protected Campaign demoCampaign() {
        return SystemActor.call(() -> campaigns.campaignOfYear(2024).orElseThrow());
    }

    protected Direction direction(String shortName) {
        return SystemActor.call(() -> organisation.directions()).stream().filter(d -> d.getShortName().equals(shortName)).findFirst().orElseThrow();
    }

    protected static String path() {
        return UI.getCurrent().getInternals().getActiveViewLocation().getPath();
    }

    protected static String text(Component component) {
        return component.getElement().getTextRecursively();
    }

    protected static List<String> notifications() {
        return getNotifications().stream().map(CampaignUiTest::notificationText).toList();
    }

    private static String notificationText(Notification notification) {
        String text = notification.getElement().getProperty("text");
        return text != null ? text : notification.getElement().getTextRecursively();
    }

    /** Clicks "confirm" in the confirmation dialog that is open. */
    protected static void confirm() {
        ConfirmDialog dialog = _get(ConfirmDialog.class);
        ComponentUtil.fireEvent(dialog, new ConfirmDialog.ConfirmEvent(dialog, true));
    }
}
