package fr.recueil;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each table belongs to one module, and only that module's SQL names it: another module asks the
 * owner's API. Modulith sees Java dependencies, not a query reading someone else's table.
 */
class TableOwnershipTest {

    private static final Map<String, String> OWNER = Map.ofEntries(
            entry("pole", "organisation"), entry("direction", "organisation"), entry("transversal_entry", "organisation"),
            entry("app_user", "organisation"), entry("app_user_direction", "organisation"), entry("app_user_role", "organisation"),
            entry("app_user_directory_role", "organisation"), entry("app_user_directory_direction", "organisation"),
            entry("login_setting", "organisation"),
            entry("campaign", "campaign"), entry("campaign_deadline_override", "campaign"), entry("outline_entry", "campaign"),
            entry("report_part", "campaign"),
            entry("chapter", "chapter"), entry("chapter_image", "chapter"), entry("chapter_revision", "chapter"),
            entry("chapter_transition", "chapter"),
            entry("notification", "notification"), entry("reminder_sent", "notification"),
            entry("review_comment", "review"), entry("review_seen", "review"),
            entry("audit_event", "base"),
            entry("login_failure", "security"), entry("login_lock", "security"), entry("login_usual_address", "security"),
            entry("api_token", "security"),
            entry("report_front_matter", "assembly"),
            entry("report_export", "export"), entry("report_export_chapter", "export"), entry("report_export_file", "export"));

    private static final Path SOURCES = Path.of("src/main/java/fr/recueil");
    private static final Pattern CREATE_TABLE = Pattern.compile("(?i)create\\s+table\\s+(?:if\\s+not\\s+exists\\s+)?(\\w+)");
    private static final Pattern TEXT_BLOCK = Pattern.compile("\"\"\"(.*?)\"\"\"", Pattern.DOTALL);
    private static final Pattern STRING = Pattern.compile("\"((?:[^\"\\\\\\n]|\\\\.)*)\"");
    private static final Pattern COMMENT = Pattern.compile("/\\*.*?\\*/|//[^\\n]*", Pattern.DOTALL);
    private static final Pattern TABLE_REFERENCE = Pattern.compile("(?i)\\b(?:from|join|into|update|table)\\s+([a-z_]+)\\b");

    @Test
    void every_table_of_the_migrations_has_an_owning_module() throws IOException {
        Set<String> tables = new TreeSet<>();
        try (Stream<Path> migrations = Files.list(Path.of("db/migration"))) {
            migrations.filter(p -> p.toString().endsWith(".sql")).forEach(p -> {
                Matcher created = CREATE_TABLE.matcher(read(p));
                while (created.find()) {
                    tables.add(created.group(1).toLowerCase());
                }
            });
        }
        assertThat(tables).isNotEmpty();
        assertThat(OWNER.keySet()).containsAll(tables);
    }

    @Test
    void no_module_names_another_modules_table_in_its_sql() throws IOException {
        List<String> foreign = new ArrayList<>();
        Set<String> seen = new TreeSet<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            files.filter(p -> p.toString().endsWith(".java")).forEach(file -> {
                String module = SOURCES.relativize(file).getName(0).toString();
                for (String table : tablesNamedIn(read(file))) {
                    seen.add(table);
                    if (!module.equals(OWNER.get(table))) {
                        foreign.add(SOURCES.relativize(file) + " names " + table + " (owned by " + OWNER.get(table) + ")");
                    }
                }
            });
        }
        // The scan does see the queries: the owners' own tables are found.
        assertThat(seen).contains("chapter_transition", "review_comment", "notification", "audit_event");
        assertThat(foreign).isEmpty();
    }

    /** The known tables named after FROM, JOIN, INTO, UPDATE in the string literals of a source file. */
    static Set<String> tablesNamedIn(String source) {
        String code = COMMENT.matcher(source).replaceAll(" ");
        StringBuilder literals = new StringBuilder();
        Matcher blocks = TEXT_BLOCK.matcher(code);
        while (blocks.find()) {
            literals.append(blocks.group(1)).append('\n');
        }
        Matcher strings = STRING.matcher(TEXT_BLOCK.matcher(code).replaceAll(" "));
        while (strings.find()) {
            literals.append(strings.group(1)).append('\n');
        }
        Set<String> tables = new TreeSet<>();
        Matcher reference = TABLE_REFERENCE.matcher(literals);
        while (reference.find()) {
            String name = reference.group(1);
            if (OWNER.containsKey(name)) {
                tables.add(name);
            }
        }
        return tables;
    }

    @Test
    void the_scan_finds_a_table_in_a_text_block_and_ignores_prose() {
        assertThat(tablesNamedIn("""
                // read from chapter here
                String q = \"""
                    select * from review_comment r left join app_user u on u.login = r.author\""";
                String s = "update notification set read_at = ?";
                """)).containsExactly("app_user", "notification", "review_comment");
    }

    private static String read(Path path) {
        try {
            return Files.readString(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
