package fr.recueil.testing;

import fr.recueil.chapter.WorkflowVerb;
import fr.recueil.base.audit.SystemActor;
import fr.recueil.chapter.Chapter;
import fr.recueil.chapter.ChapterService;
import fr.recueil.chapter.ChapterState;
import fr.recueil.chapter.content.Block;
import fr.recueil.chapter.content.ChapterContent;
import fr.recueil.chapter.content.KeyFiguresBlock;
import fr.recueil.chapter.content.RichTextBlock;
import fr.recueil.organisation.Direction;
import fr.recueil.organisation.OrganisationService;
import fr.recueil.organisation.Role;
import fr.recueil.organisation.UserDraft;
import fr.recueil.organisation.UserService;
import fr.recueil.chapter.WorkflowService;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * A chapter of the open campaign that no other test writes: the "Direction des archives
 * départementales" (DAD) one, with its own member (contributor and director) created for the run.
 * UI tests commit for real, so each test starts by putting the chapter back to a complete draft.
 */
@Component
public class OwnChapter {

    public static final String DIRECTION = "DAD";

    private final JdbcClient jdbc;
    private final Actors actors;
    private final UserService users;
    private final OrganisationService organisation;
    private final ChapterService chapters;
    private final WorkflowService workflow;
    private String member;
    private long chapterId;

    OwnChapter(JdbcClient jdbc, Actors actors, UserService users, OrganisationService organisation, ChapterService chapters,
               WorkflowService workflow) {
        this.jdbc = jdbc;
        this.actors = actors;
        this.users = users;
        this.organisation = organisation;
        this.chapters = chapters;
        this.workflow = workflow;
    }

    /** The login of the direction's member (contributor and director), created on first use. */
    public synchronized String member() {
        if (member == null) {
            Direction direction = SystemActor.call(() -> organisation.directions()).stream()
                    .filter(d -> DIRECTION.equals(d.getShortName())).findFirst().orElseThrow();
            String login = "test.review." + UUID.randomUUID().toString().substring(0, 8);
            actors.as("admin", () -> users.create(new UserDraft(login, "Camille Archiviste", login + "@example.org",
                    Set.of(Role.CONTRIBUTOR, Role.DIRECTOR), Set.of(direction.getId())), "recueil-test-password"));
            member = login;
            chapterId = actors.as(login, () -> chapters.myChapters().getFirst().id());
        }
        return member;
    }

    public long id() {
        member();
        return chapterId;
    }

    /** The chapter back to a draft with every required block filled, no comment and nobody's reading. */
    public long completeDraft() {
        reset();
        actors.as(member(), () -> {
            Chapter chapter = chapters.chapter(chapterId);
            // The key figures as the sample has them, whatever an earlier test typed.
            ChapterContent figuresCleared = new ChapterContent(chapter.getContent().blocks().stream()
                    .map(b -> b instanceof KeyFiguresBlock figures ? figures.withGroups(List.of()) : b).toList());
            chapters.save(chapterId, chapter.getVersion(), SampleContent.complete(figuresCleared));
        });
        return chapterId;
    }

    /** The chapter back to a draft whose required rich texts are empty. */
    public long incompleteDraft() {
        reset();
        actors.as(member(), () -> {
            Chapter chapter = chapters.chapter(chapterId);
            List<Block> blocks = chapter.getContent().blocks().stream()
                    .map(b -> b instanceof RichTextBlock text && text.required() ? text.withBody("") : b).toList();
            chapters.save(chapterId, chapter.getVersion(), new ChapterContent(blocks));
        });
        return chapterId;
    }

    /** A complete chapter, submitted (and passed on by the director when the campaign asks for it). */
    public long submitted() {
        completeDraft();
        submit();
        return chapterId;
    }

    /** The member submits the chapter as it is now, the director passing it on if needed. */
    public void submit() {
        actors.as(member(), () -> {
            Chapter chapter = workflow.perform(chapterId, chapters.chapter(chapterId).getVersion(), WorkflowVerb.SUBMIT);
            if (chapter.getState() == ChapterState.DIRECTOR_VALIDATION) {
                workflow.perform(chapterId, chapter.getVersion(), WorkflowVerb.VALIDATE);
            }
        });
    }

    /** The member rewrites the first rich-text block. */
    public void rewriteFirstText(String body) {
        actors.as(member(), () -> {
            Chapter chapter = chapters.chapter(chapterId);
            RichTextBlock first = chapter.getContent().blocks().stream().filter(RichTextBlock.class::isInstance)
                    .map(RichTextBlock.class::cast).findFirst().orElseThrow();
            chapters.save(chapterId, chapter.getVersion(), chapter.getContent().replace(first.withBody(body)));
        });
    }

    public Chapter chapter() {
        return actors.as(member(), () -> chapters.chapter(chapterId));
    }

    private void reset() {
        member();
        jdbc.sql("delete from review_comment where chapter_id = ? and parent_id is not null").param(chapterId).update();
        jdbc.sql("delete from review_comment where chapter_id = ?").param(chapterId).update();
        jdbc.sql("delete from review_seen where chapter_id = ?").param(chapterId).update();
        jdbc.sql("update chapter set state = 'DRAFT', assignee = null, version = version + 1 where id = ?").param(chapterId).update();
    }
}
