package fr.recueil.chapter;

import fr.recueil.organisation.Role;
import fr.recueil.security.CurrentUser;
import fr.recueil.security.RecueilUser;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who may read and who may write a chapter: the members of its direction write it (while it is
 * editable); reviewers, the communication team and administrators read every chapter; nobody else
 * sees it, whatever id they send.
 */
@Component
class ChapterAccess {

    private final CurrentUser currentUser;

    ChapterAccess(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    boolean canRead(Chapter chapter) {
        RecueilUser user = currentUser.require();
        return isStaff(user) || isMember(user, chapter);
    }

    boolean isMember(Chapter chapter) {
        return isMember(currentUser.require(), chapter);
    }

    void requireRead(Chapter chapter) {
        if (!canRead(chapter)) {
            // Same answer as for a chapter that does not exist: nothing is disclosed.
            throw new AccessDeniedException("chapter " + chapter.getId());
        }
    }

    void requireWrite(Chapter chapter) {
        if (!isMember(currentUser.require(), chapter)) {
            throw new AccessDeniedException("chapter " + chapter.getId());
        }
    }

    /** Who is acting, for the record: a person's login, or "system" for Recueil's own work. */
    String actor() {
        var authentication = org.springframework.security.core.context.SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null) {
            throw new AccessDeniedException("not logged in");
        }
        return authentication.getName();
    }

    private static boolean isStaff(RecueilUser user) {
        return user.hasRole(Role.REVIEWER) || user.hasRole(Role.COMMUNICATION) || user.hasRole(Role.ADMIN);
    }

    private static boolean isMember(RecueilUser user, Chapter chapter) {
        return (user.hasRole(Role.CONTRIBUTOR) || user.hasRole(Role.DIRECTOR)) && user.belongsTo(chapter.getDirectionId());
    }
}
