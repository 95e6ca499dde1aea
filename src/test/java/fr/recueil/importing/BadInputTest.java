package fr.recueil.importing;

import fr.recueil.base.BusinessException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Files that are not what they claim to be: each ends in a clear French message and nothing read. */
class BadInputTest {

    @Test
    void refuses_a_pdf_renamed_as_docx() {
        byte[] pdf = "%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\n%%EOF".getBytes(StandardCharsets.US_ASCII);
        assertRefused("rapport.docx", pdf, "error.import.pdf",
                "Le fichier « rapport.docx » est un PDF, pas un document Word. Importez le fichier .docx d'origine (ou enregistrez le PDF au format .docx).");
    }

    @Test
    void refuses_an_empty_file_and_an_empty_document() {
        assertRefused("vide.docx", new byte[0], "error.import.emptyFile", "Le fichier « vide.docx » est vide.");
        assertRefused("vide.docx", new TestDocx().bytes(), "error.import.emptyDocument",
                "Le document « vide.docx » ne contient aucun texte.");
    }

    @Test
    void refuses_a_password_protected_document() throws Exception {
        byte[] plain = new TestDocx().heading(1, "Direction des finances").text("Secret").bytes();
        POIFSFileSystem fs = new POIFSFileSystem();
        Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
        encryptor.confirmPassword("motdepasse");
        try (OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(plain)); OutputStream out = encryptor.getDataStream(fs)) {
            pkg.save(out);
        }
        ByteArrayOutputStream encrypted = new ByteArrayOutputStream();
        fs.writeFilesystem(encrypted);
        fs.close();

        assertRefused("protege.docx", encrypted.toByteArray(), "error.import.encrypted",
                "Le document « protege.docx » est protégé par un mot de passe. Enregistrez-en une copie sans mot de passe, puis importez-la.");
    }

    @Test
    void reads_a_macro_enabled_document_without_running_or_keeping_its_macros() throws IOException {
        byte[] docx = new TestDocx().heading(1, "Direction des finances").heading(2, "Missions de la direction")
                .text("Piloter le budget.").bytes();
        byte[] docm = withMacros(docx);

        ImportAnalysis analysis = TestTargets.analyse("rapport.docm", docm);

        assertThat(analysis.warnings()).extracting(ImportWarning::key).containsExactly("import.warning.macros");
        assertThat(analysis.chapters()).singleElement().satisfies(c -> {
            assertThat(c.images()).isEmpty();
            assertThat(c.content().toString()).doesNotContain("vba").doesNotContain("AutoOpen");
        });
    }

    @Test
    void sets_the_zip_bomb_limits_and_refuses_a_zip_bomb() throws IOException {
        byte[] docx = new TestDocx().heading(1, "Direction des finances").text("Un texte.").bytes();
        // 40 MB of one letter compress to a few kilobytes: far below POI's minimum inflate ratio.
        String bomb = "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p><w:r><w:t>"
                + "a".repeat(40 * 1024 * 1024) + "</w:t></w:r></w:p></w:body></w:document>";
        byte[] inflated = replaceEntry(docx, "word/document.xml", bomb.getBytes(StandardCharsets.UTF_8));

        assertRefused("bombe.docx", inflated, "error.import.zipBomb",
                "Le fichier « bombe.docx » a été refusé : son contenu décompressé est anormalement volumineux (archive suspecte).");
        assertThat(ZipSecureFile.getMinInflateRatio()).isEqualTo(DocxReader.MIN_INFLATE_RATIO);
        assertThat(ZipSecureFile.getMaxEntrySize()).isEqualTo(DocxReader.MAX_ENTRY_BYTES);
        assertThat(ZipSecureFile.getMaxTextSize()).isEqualTo(DocxReader.MAX_TEXT_CHARACTERS);
    }

    @Test
    void refuses_a_file_over_the_size_limit_and_states_it() {
        assertRefused("enorme.docx", new byte[(int) DocxReader.MAX_BYTES + 1], "error.import.tooLarge",
                "Le fichier « enorme.docx » dépasse la limite de 50 Mo.");
    }

    @Test
    void refuses_other_files_an_old_word_file_and_a_damaged_one() throws IOException {
        assertRefused("notes.docx", "juste du texte".getBytes(StandardCharsets.UTF_8), "error.import.notDocx",
                "Le fichier « notes.docx » n'est pas un document Word (.docx).");
        POIFSFileSystem oldWord = new POIFSFileSystem();
        oldWord.createDocument(new ByteArrayInputStream(new byte[600]), "WordDocument");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        oldWord.writeFilesystem(out);
        assertRefused("ancien.docx", out.toByteArray(), "error.import.oldWord",
                "Le fichier « ancien.docx » est au format Word 97-2003 (.doc). Enregistrez-le au format .docx, puis importez-le.");
        byte[] truncated = java.util.Arrays.copyOf(new TestDocx().text("x").bytes(), 300);
        assertThatThrownBy(() -> TestTargets.analyse("abime.docx", truncated)).isInstanceOf(BusinessException.class);
    }

    @Test
    void says_what_was_expected_when_no_chapter_is_recognised() {
        byte[] docx = new TestDocx().heading(1, "Introduction").text("Bonjour.").heading(1, "Conclusion").text("Au revoir.").bytes();
        assertThatThrownBy(() -> TestTargets.analyse("autre.docx", docx))
                .isInstanceOfSatisfying(BusinessException.class, e -> assertThat(e.messageKey()).isEqualTo("error.import.noChapter"))
                .hasMessageContaining("Aucun chapitre reconnu dans « autre.docx »")
                .hasMessageContaining("« Direction des finances »")
                .hasMessageContaining("« Missions de la direction »");
    }

    private static void assertRefused(String fileName, byte[] bytes, String key, String french) {
        assertThatThrownBy(() -> TestTargets.analyse(fileName, bytes))
                .isInstanceOfSatisfying(BusinessException.class, e -> assertThat(e.messageKey()).isEqualTo(key))
                .hasMessage(french);
    }

    /** The same document as a .docm: the macro-enabled content type and a VBA project part. */
    private static byte[] withMacros(byte[] docx) throws IOException {
        byte[] types = entry(docx, "[Content_Types].xml");
        String macroTypes = new String(types, StandardCharsets.UTF_8)
                .replace("application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
                        "application/vnd.ms-word.document.macroEnabled.main+xml")
                .replace("</Types>", "<Default Extension=\"bin\" ContentType=\"application/vnd.ms-office.vbaProject\"/></Types>");
        byte[] result = replaceEntry(docx, "[Content_Types].xml", macroTypes.getBytes(StandardCharsets.UTF_8));
        return addEntry(result, "word/vbaProject.bin", "Sub AutoOpen() Shell \"calc\" End Sub".getBytes(StandardCharsets.US_ASCII));
    }

    private static byte[] entry(byte[] zip, String name) throws IOException {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                if (e.getName().equals(name)) {
                    return in.readAllBytes();
                }
            }
        }
        throw new IllegalArgumentException(name);
    }

    private static byte[] replaceEntry(byte[] zip, String name, byte[] content) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip)); ZipOutputStream zipOut = new ZipOutputStream(out)) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                zipOut.putNextEntry(new ZipEntry(e.getName()));
                zipOut.write(e.getName().equals(name) ? content : in.readAllBytes());
                zipOut.closeEntry();
            }
        }
        return out.toByteArray();
    }

    private static byte[] addEntry(byte[] zip, String name, byte[] content) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip)); ZipOutputStream zipOut = new ZipOutputStream(out)) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                zipOut.putNextEntry(new ZipEntry(e.getName()));
                zipOut.write(in.readAllBytes());
                zipOut.closeEntry();
            }
            zipOut.putNextEntry(new ZipEntry(name));
            zipOut.write(content);
            zipOut.closeEntry();
        }
        return out.toByteArray();
    }
}
