package fr.recueil.export.docx;

import org.apache.xmlbeans.XmlException;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;

/**
 * The draft's diagonal watermark, as Word writes one (Design › Watermark): a pale VML text shape
 * behind the text, anchored in a header so that it is on every page. POI's own watermark comes
 * out black and upright in LibreOffice, hence this one.
 */
final class DocxWatermark {

    private static final String RUN = """
            <xml-fragment xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"
                          xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office"
                          xmlns:w10="urn:schemas-microsoft-com:office:word">
              <w:rPr><w:noProof/></w:rPr>
              <w:pict>
                <v:shapetype id="_x0000_t136" coordsize="21600,21600" o:spt="136" adj="10800" path="m@7,l@8,m@5,21600l@6,21600e">
                  <v:formulas>
                    <v:f eqn="sum #0 0 10800"/><v:f eqn="prod #0 2 1"/><v:f eqn="sum 21600 0 @1"/><v:f eqn="sum 0 0 @2"/>
                    <v:f eqn="sum 21600 0 @3"/><v:f eqn="if @0 @3 0"/><v:f eqn="if @0 21600 @1"/><v:f eqn="if @0 0 @2"/>
                    <v:f eqn="if @0 @4 21600"/><v:f eqn="mid @5 @6"/><v:f eqn="mid @8 @5"/><v:f eqn="mid @7 @8"/>
                    <v:f eqn="mid @6 @7"/><v:f eqn="sum @6 0 @5"/>
                  </v:formulas>
                  <v:path textpathok="t" o:connecttype="custom" o:connectlocs="@9,0;@10,10800;@11,21600;@12,10800" o:connectangles="270,180,90,0"/>
                  <v:textpath on="t" fitshape="t"/>
                  <v:handles><v:h position="#0,bottomRight" xrange="6629,14971"/></v:handles>
                  <o:lock v:ext="edit" text="t" shapetype="t"/>
                </v:shapetype>
                <v:shape id="PowerPlusWaterMarkObject@N@" o:spid="_x0000_s@SPID@" type="#_x0000_t136"
                  style="position:absolute;margin-left:0;margin-top:0;width:440pt;height:146pt;rotation:315;z-index:-251657216;mso-position-horizontal:center;mso-position-horizontal-relative:margin;mso-position-vertical:center;mso-position-vertical-relative:margin"
                  o:allowincell="f" fillcolor="#c9d3df" stroked="f">
                  <v:fill opacity=".45"/>
                  <v:textpath style="font-family:&quot;Arial&quot;;font-size:1pt;font-weight:bold" string="@TEXT@"/>
                  <w10:wrap anchorx="margin" anchory="margin"/>
                </v:shape>
              </w:pict>
            </xml-fragment>""";

    private DocxWatermark() {
    }

    /** Adds the watermark to a header's paragraph; {@code n} numbers the shapes (one per header). */
    static void add(CTP paragraph, String text, int n) {
        String xml = RUN.replace("@N@", String.valueOf(n)).replace("@SPID@", String.valueOf(2048 + n))
                .replace("@TEXT@", escape(text));
        try {
            paragraph.addNewR().set(CTR.Factory.parse(xml));
        } catch (XmlException e) {
            throw new IllegalStateException("watermark", e);
        }
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
