package fr.recueil.notification.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.popover.Popover;
import com.vaadin.flow.component.popover.PopoverPosition;
import fr.recueil.base.Formats;
import fr.recueil.base.ui.NavbarContribution;
import fr.recueil.notification.Notification;
import fr.recueil.notification.NotificationService;
import fr.recueil.notification.NotificationText;

import java.util.List;

/**
 * The bell of the top bar: the number of unread notifications, and on a click the latest twenty,
 * each linking to its chapter, with "Tout marquer comme lu".
 */
@org.springframework.stereotype.Component
class NotificationBell implements NavbarContribution {

    static final int SHOWN = 20;

    private final NotificationService notifications;

    NotificationBell(NotificationService notifications) {
        this.notifications = notifications;
    }

    @Override
    public com.vaadin.flow.component.Component create() {
        return new Bell(notifications);
    }

    @Override
    public void refresh(com.vaadin.flow.component.Component component) {
        if (component instanceof Bell bell) {
            bell.refreshCount();
        }
    }

    static final class Bell extends Div {

        private final transient NotificationService notifications;
        private final Button button = new Button(VaadinIcon.BELL.create());
        private final Span badge = new Span();
        private final Popover popover = new Popover();
        private final Div list = new Div();

        Bell(NotificationService notifications) {
            this.notifications = notifications;
            setId("notification-bell");
            addClassName("recueil-bell");
            button.setId("bell-button");
            button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
            badge.setId("bell-count");
            badge.addClassName("recueil-bell-count");
            add(button, badge);

            popover.setTarget(button);
            popover.setPosition(PopoverPosition.BOTTOM_END);
            popover.setWidth("min(26rem, 95vw)");
            popover.addThemeVariants(com.vaadin.flow.component.popover.PopoverVariant.ARROW);
            popover.setAriaLabelledBy("bell-title");
            popover.addOpenedChangeListener(e -> {
                if (e.isOpened()) {
                    fill();
                }
            });
            list.setId("bell-list");
            list.addClassName("recueil-bell-list");
            add(popover);
            refreshCount();
        }

        void refreshCount() {
            int unread = notifications.unreadCount();
            badge.setText(unread > 99 ? "99+" : String.valueOf(unread));
            badge.setVisible(unread > 0);
            button.setAriaLabel(getTranslation("bell.label", unread));
            button.setTooltipText(getTranslation("bell.label", unread));
        }

        int unreadShown() {
            return badge.isVisible() ? Integer.parseInt(badge.getText().replace("+", "")) : 0;
        }

        void open() {
            popover.open();
            fill();
        }

        void fill() {
            popover.removeAll();
            Span title = new Span(getTranslation("bell.title"));
            title.setId("bell-title");
            title.addClassName("recueil-bell-title");
            Button markAll = new Button(getTranslation("bell.markAllRead"), e -> {
                notifications.markAllRead();
                refreshCount();
                fill();
            });
            markAll.setId("bell-mark-all");
            markAll.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            Div head = new Div(title, markAll);
            head.addClassName("recueil-bell-head");
            list.removeAll();
            List<Notification> latest = notifications.mine(SHOWN);
            if (latest.isEmpty()) {
                Paragraph none = new Paragraph(getTranslation("bell.empty"));
                none.addClassName("recueil-muted");
                list.add(none);
            }
            for (Notification notification : latest) {
                list.add(item(notification));
            }
            popover.add(head, list);
        }

        private Div item(Notification notification) {
            Span text = new Span(NotificationText.render(getLocale(), notification.messageKey(), notification.arguments()));
            text.addClassName("recueil-bell-text");
            Span when = new Span(Formats.dateTime(notification.createdAt(), getLocale()));
            when.addClassNames("recueil-muted", "recueil-bell-time");
            Div item = new Div();
            item.addClassName("recueil-bell-item");
            if (!notification.isRead()) {
                item.addClassName("unread");
            }
            item.getElement().setAttribute("data-id", String.valueOf(notification.id()));
            if (notification.chapterId() != null) {
                Anchor link = new Anchor("chapitres/" + notification.chapterId(), text);
                link.addClassName("recueil-bell-link");
                link.getElement().addEventListener("click", e -> {
                    notifications.markRead(notification.id());
                    popover.close();
                });
                item.add(link, when);
            } else {
                item.add(text, when);
            }
            return item;
        }
    }
}
