package fr.recueil.assembly.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

/** A small picture of the cover page as the exports will draw it, following the form as it is typed. */
final class CoverPreview extends Div {

    private final Div logo = new Div();
    private final Span authority = new Span();
    private final Span title = new Span();
    private final Span subtitle = new Span();
    private LogoField.Logo shownLogo;

    CoverPreview(int year) {
        addClassName("recueil-cover-preview");
        setId("cover-preview");
        getElement().setAttribute("aria-label", getTranslation("cover.section.preview"));
        logo.addClassName("recueil-cover-preview-logo");
        authority.addClassName("recueil-cover-preview-authority");
        title.addClassName("recueil-cover-preview-title");
        title.setId("cover-preview-title");
        subtitle.addClassName("recueil-cover-preview-subtitle");
        Span yearLabel = new Span(String.valueOf(year));
        yearLabel.addClassName("recueil-cover-preview-year");
        Div band = new Div();
        band.addClassName("recueil-cover-preview-band");
        add(logo, authority, band, title, subtitle, yearLabel);
    }

    void show(String titleText, String subtitleText, String authorityText, LogoField.Logo currentLogo) {
        title.setText(titleText.isBlank() ? getTranslation("cover.preview.noTitle") : titleText.strip());
        title.getElement().getClassList().set("recueil-muted", titleText.isBlank());
        subtitle.setText(subtitleText.strip());
        subtitle.setVisible(!subtitleText.isBlank());
        authority.setText(authorityText.strip());
        authority.setVisible(!authorityText.isBlank());
        if (currentLogo != shownLogo) {
            shownLogo = currentLogo;
            logo.removeAll();
            if (currentLogo != null) {
                logo.add(currentLogo.image(getTranslation("cover.logo.alt")));
            }
        }
        logo.setVisible(currentLogo != null);
    }
}
