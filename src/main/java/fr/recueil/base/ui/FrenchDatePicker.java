package fr.recueil.base.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import fr.recueil.base.Translations;

import java.util.List;
import java.util.Locale;

/** A date picker that speaks the UI's language and writes dates the French way in French. */
public class FrenchDatePicker extends DatePicker {

    public FrenchDatePicker(String label) {
        super(label);
        addAttachListener(e -> localise(e.getUI().getLocale()));
    }

    private void localise(Locale uiLocale) {
        Locale locale = Translations.supported(uiLocale);
        setLocale(locale);
        if (locale != Translations.FRENCH) {
            return;
        }
        DatePickerI18n i18n = new DatePickerI18n();
        i18n.setMonthNames(List.of("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
                "septembre", "octobre", "novembre", "décembre"));
        i18n.setWeekdays(List.of("dimanche", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi"));
        i18n.setWeekdaysShort(List.of("dim.", "lun.", "mar.", "mer.", "jeu.", "ven.", "sam."));
        i18n.setFirstDayOfWeek(1);
        i18n.setToday("Aujourd'hui");
        i18n.setCancel("Annuler");
        i18n.setDateFormat("dd/MM/yyyy");
        i18n.setBadInputErrorMessage("Date invalide : écrivez-la sous la forme jj/mm/aaaa.");
        setI18n(i18n);
    }
}
