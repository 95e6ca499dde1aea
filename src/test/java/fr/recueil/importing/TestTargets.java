package fr.recueil.importing;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/** The organisation of the demo (29 directions, 2 transversal entries) as import targets, without a database. */
final class TestTargets {

    private TestTargets() {
    }

    static List<ImportTarget> demoOrganisation() {
        try (InputStream in = TestTargets.class.getResourceAsStream("/demo/organisation-2023.json")) {
            JsonNode root = JsonMapper.builder().build().readTree(in);
            List<ImportTarget> targets = new ArrayList<>();
            long id = 1;
            for (JsonNode pole : root.get("poles")) {
                for (JsonNode direction : pole.get("directions")) {
                    String acronym = direction.hasNonNull("acronym") ? direction.get("acronym").asString() : null;
                    String name = direction.get("name").asString();
                    targets.add(new ImportTarget(ImportTarget.Kind.DIRECTION, id++, name, acronym, name));
                }
            }
            targets.add(new ImportTarget(ImportTarget.Kind.TRANSVERSAL, 1, "Exécution budgétaire 2023", null, "Exécution budgétaire 2023"));
            targets.add(new ImportTarget(ImportTarget.Kind.TRANSVERSAL, 2, "Ressources humaines de la collectivité", null,
                    "Ressources humaines de la collectivité"));
            return targets;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] fixture() {
        try (InputStream in = TestTargets.class.getResourceAsStream("/fixtures/rapport-2023-extrait.docx")) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ImportAnalysis analyse(String fileName, byte[] bytes) {
        return DocumentAnalyser.analyse(fileName, 2022, DocxReader.read(fileName, bytes), demoOrganisation());
    }
}
