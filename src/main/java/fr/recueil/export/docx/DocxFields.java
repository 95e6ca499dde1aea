package fr.recueil.export.docx;

import org.apache.xmlbeans.impl.xb.xmlschema.SpaceAttribute;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTText;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;

import java.util.function.Supplier;

/**
 * Word's complex fields (PAGE, NUMPAGES, TOC, PAGEREF): begin, instruction, separator, the
 * result shown until Word updates it, end. A field may span paragraphs (the table of contents),
 * hence the separate halves.
 */
final class DocxFields {

    private DocxFields() {
    }

    /** A whole field in one paragraph; {@code runs} adds a run where the field goes. */
    static void field(Supplier<CTR> runs, String instruction, String result) {
        begin(runs, instruction);
        text(runs.get(), result);
        end(runs);
    }

    /** Begins a field and opens its result, which the caller writes before {@link #end}. */
    static void begin(Supplier<CTR> runs, String instruction) {
        runs.get().addNewFldChar().setFldCharType(STFldCharType.BEGIN);
        CTText instr = runs.get().addNewInstrText();
        instr.setStringValue(" " + instruction + " ");
        instr.setSpace(SpaceAttribute.Space.PRESERVE);
        runs.get().addNewFldChar().setFldCharType(STFldCharType.SEPARATE);
    }

    static void end(Supplier<CTR> runs) {
        runs.get().addNewFldChar().setFldCharType(STFldCharType.END);
    }

    static void text(CTR run, String text) {
        CTText t = run.addNewT();
        t.setStringValue(text);
        t.setSpace(SpaceAttribute.Space.PRESERVE);
    }
}
