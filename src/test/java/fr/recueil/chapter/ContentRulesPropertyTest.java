package fr.recueil.chapter;

import fr.recueil.base.BusinessException;
import fr.recueil.base.Translations;
import fr.recueil.chapter.content.Achievement;
import fr.recueil.chapter.content.AchievementsBlock;
import fr.recueil.chapter.content.Block;
import fr.recueil.chapter.content.BudgetBlock;
import fr.recueil.chapter.content.BudgetLine;
import fr.recueil.chapter.content.ChapterContent;
import fr.recueil.chapter.content.FigureGroup;
import fr.recueil.chapter.content.ImageBlock;
import fr.recueil.chapter.content.KeyFigure;
import fr.recueil.chapter.content.KeyFiguresBlock;
import fr.recueil.chapter.content.RichTextBlock;
import fr.recueil.chapter.content.TableBlock;
import fr.recueil.chapter.content.TimelineBlock;
import fr.recueil.chapter.content.TimelineEvent;
import fr.recueil.testing.HostileText;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Random and hostile text in every text field of a chapter: the rules either accept it or refuse it
 * with a French message that exists in both languages; they never fail otherwise, and never accept a
 * lone surrogate or a control character that the database would corrupt or refuse.
 */
class ContentRulesPropertyTest {

    private static final List<Function<String, Block>> FIELDS = List.of(
            s -> new RichTextBlock("b", s, false, "texte"),
            s -> new RichTextBlock("b", "Missions", false, s),
            s -> new KeyFiguresBlock("b", "Chiffres", false, List.of(new FigureGroup(s, List.of()))),
            s -> new KeyFiguresBlock("b", "Chiffres", false, List.of(new FigureGroup("", List.of(new KeyFigure(s, "libellé", "", "", false))))),
            s -> new KeyFiguresBlock("b", "Chiffres", false, List.of(new FigureGroup("", List.of(new KeyFigure("12", s, "", "", false))))),
            s -> new KeyFiguresBlock("b", "Chiffres", false, List.of(new FigureGroup("", List.of(new KeyFigure("12", "l", s, "", false))))),
            s -> new KeyFiguresBlock("b", "Chiffres", false, List.of(new FigureGroup("", List.of(new KeyFigure("12", "l", "", s, false))))),
            s -> new KeyFiguresBlock("b", "Chiffres", false, List.of(new FigureGroup("", List.of(new KeyFigure(null, s, null, null, true))))),
            s -> new BudgetBlock("b", "Budget", false, List.of(new BudgetLine(s, "12")), ""),
            s -> new BudgetBlock("b", "Budget", false, List.of(new BudgetLine("Fonctionnement", s)), ""),
            s -> new BudgetBlock("b", "Budget", false, List.of(), s),
            s -> new AchievementsBlock("b", "Réalisations", false, s, List.of()),
            s -> new AchievementsBlock("b", "Réalisations", false, "", List.of(new Achievement(s, "corps", null, "", ""))),
            s -> new AchievementsBlock("b", "Réalisations", false, "", List.of(new Achievement("titre", s, null, "", ""))),
            s -> new AchievementsBlock("b", "Réalisations", false, "", List.of(new Achievement("titre", "c", 1L, s, "alt"))),
            s -> new AchievementsBlock("b", "Réalisations", false, "", List.of(new Achievement("titre", "c", 1L, "", s))),
            s -> new TableBlock("b", "Tableau", false, List.of(s), List.of(List.of("x"))),
            s -> new TableBlock("b", "Tableau", false, List.of("h"), List.of(List.of(s))),
            s -> new ImageBlock("b", "Image", false, 1L, s, "alt"),
            s -> new ImageBlock("b", "Image", false, 1L, "", s),
            s -> new TimelineBlock("b", "Dates", false, List.of(new TimelineEvent(LocalDate.of(2024, 3, 1), s))));

    @Test
    void every_chapter_field_accepts_or_refuses_hostile_text_with_a_translated_message_and_nothing_else() {
        List<String> failures = new ArrayList<>();
        int accepted = 0;
        int refused = 0;
        for (String text : HostileText.samples(20261206L, 300)) {
            for (int field = 0; field < FIELDS.size(); field++) {
                ChapterContent content;
                try {
                    content = new ChapterContent(List.of(FIELDS.get(field).apply(text)));
                } catch (BusinessException refusedEarly) {
                    refused++;
                    checkMessage(refusedEarly, field, text, failures);
                    continue;
                } catch (RuntimeException e) {
                    failures.add("field " + field + " could not even be built from " + show(text) + ": " + e);
                    continue;
                }
                try {
                    ContentRules.check(content, ChapterContent.empty());
                    accepted++;
                    // What would be stored: the content as built (values are stripped on the way in).
                    if (HostileText.refusedOnInput(content.toString())) {
                        failures.add("field " + field + " accepted a lone surrogate or control character: " + show(text));
                    }
                } catch (BusinessException refusal) {
                    refused++;
                    checkMessage(refusal, field, text, failures);
                } catch (RuntimeException e) {
                    failures.add("field " + field + " failed on " + show(text) + ": " + e);
                }
            }
        }
        assertThat(failures).isEmpty();
        assertThat(accepted).isPositive();
        assertThat(refused).isPositive();
    }

    private static void checkMessage(BusinessException refusal, int field, String text, List<String> failures) {
        for (Locale locale : Translations.LOCALES) {
            String message = Translations.get(locale, refusal.messageKey(), refusal.arguments());
            if (message.isBlank() || message.startsWith("!")) {
                failures.add("field " + field + ": no " + locale + " message for " + refusal.messageKey() + " on " + show(text));
            }
        }
    }

    private static String show(String text) {
        String shown = text.length() > 40 ? text.substring(0, 40) + "…(" + text.length() + ")" : text;
        StringBuilder out = new StringBuilder("\"");
        shown.chars().forEach(c -> out.append(c < 0x20 || Character.isSurrogate((char) c) ? String.format("\\u%04x", c) : String.valueOf((char) c)));
        return out.append('"').toString();
    }
}
