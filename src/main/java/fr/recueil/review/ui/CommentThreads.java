package fr.recueil.review.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import fr.recueil.base.Formats;
import fr.recueil.base.ui.Notifications;
import fr.recueil.review.Comment;
import fr.recueil.review.CommentService;
import fr.recueil.organisation.ui.PeopleNames;

import java.util.List;
import java.util.Objects;

/**
 * The comment threads of one block, next to it: open threads in full with a reply field, resolved
 * threads folded; and a field to start a new thread. Read-only for those who may not comment.
 */
class CommentThreads extends Div {

    private final transient CommentService comments;
    private final transient PeopleNames names;
    private final long chapterId;
    private final String blockId;
    private final boolean mayComment;
    private final Runnable changed;

    CommentThreads(CommentService comments, PeopleNames names, long chapterId, String blockId, boolean mayComment,
                   List<Comment> ofBlock, Runnable changed) {
        this.comments = comments;
        this.names = names;
        this.chapterId = chapterId;
        this.blockId = blockId;
        this.mayComment = mayComment;
        this.changed = changed;
        addClassName("recueil-comment-threads");
        getElement().setAttribute("data-block", blockId);
        show(ofBlock);
    }

    private void show(List<Comment> ofBlock) {
        List<Comment> roots = ofBlock.stream().filter(c -> c.parentId() == null).toList();
        for (Comment root : roots) {
            List<Comment> replies = ofBlock.stream().filter(c -> Objects.equals(c.parentId(), root.id())).toList();
            add(thread(root, replies));
        }
        if (mayComment) {
            add(newComment());
        } else if (roots.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("review.comments.none"));
            none.addClassName("recueil-comment-none");
            add(none);
        }
    }

    private Div thread(Comment root, List<Comment> replies) {
        Div thread = new Div();
        thread.addClassName("recueil-comment-thread");
        thread.getElement().setAttribute("data-comment", String.valueOf(root.id()));
        Div messages = new Div();
        messages.addClassName("recueil-comment-messages");
        messages.add(message(root));
        replies.forEach(reply -> messages.add(message(reply)));
        if (root.isResolved()) {
            thread.addClassName("resolved");
            Details folded = new Details(getTranslation("review.comments.resolvedSummary", names.of(root.resolvedBy()),
                    1 + replies.size()), messages);
            folded.addClassName("recueil-comment-folded");
            folded.setOpened(false);
            thread.add(folded);
            if (mayComment) {
                Button reopen = new Button(getTranslation("review.comments.unresolve"), click -> resolve(root, false));
                reopen.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
                reopen.addClassName("recueil-comment-unresolve");
                thread.add(reopen);
            }
            return thread;
        }
        thread.add(messages);
        if (mayComment) {
            TextArea reply = new TextArea();
            reply.setPlaceholder(getTranslation("review.comments.replyPlaceholder"));
            reply.setAriaLabel(getTranslation("review.comments.replyPlaceholder"));
            reply.addClassName("recueil-comment-reply-text");
            reply.setWidthFull();
            reply.setMaxLength(4000);
            Button send = new Button(getTranslation("review.comments.reply"), click -> {
                if (Notifications.attempt(this, () -> comments.reply(root.id(), reply.getValue()))) {
                    changed.run();
                }
            });
            send.addThemeVariants(ButtonVariant.LUMO_SMALL);
            send.addClassName("recueil-comment-reply");
            Button resolve = new Button(getTranslation("review.comments.resolve"), click -> resolve(root, true));
            resolve.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_SUCCESS);
            resolve.addClassName("recueil-comment-resolve");
            Div buttons = new Div(send, resolve);
            buttons.addClassName("recueil-comment-buttons");
            thread.add(reply, buttons);
        }
        return thread;
    }

    private Div message(Comment comment) {
        Span author = new Span(names.of(comment.author()));
        author.addClassName("recueil-comment-author");
        Span when = new Span(Formats.dateTime(comment.createdAt(), getLocale()));
        when.addClassName("recueil-comment-when");
        Div head = new Div(author, when);
        head.addClassName("recueil-comment-head");
        Paragraph body = new Paragraph(comment.body());
        body.addClassName("recueil-comment-body");
        Div message = new Div(head, body);
        message.addClassNames("recueil-comment", comment.parentId() == null ? "root" : "reply");
        return message;
    }

    private Div newComment() {
        TextArea text = new TextArea();
        text.setPlaceholder(getTranslation("review.comments.newPlaceholder"));
        text.setAriaLabel(getTranslation("review.comments.newPlaceholder"));
        text.addClassName("recueil-comment-new-text");
        text.setWidthFull();
        text.setMaxLength(4000);
        Button add = new Button(getTranslation("review.comments.add"), click -> {
            if (Notifications.attempt(this, () -> comments.add(chapterId, blockId, text.getValue()))) {
                changed.run();
            }
        });
        add.addThemeVariants(ButtonVariant.LUMO_SMALL);
        add.addClassName("recueil-comment-add");
        Div form = new Div(text, add);
        form.addClassName("recueil-comment-new");
        return form;
    }

    private void resolve(Comment root, boolean resolved) {
        if (Notifications.attempt(this, () -> comments.resolve(root.id(), resolved))) {
            changed.run();
        }
    }
}
