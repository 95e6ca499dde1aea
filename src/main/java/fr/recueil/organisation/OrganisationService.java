package fr.recueil.organisation;

import fr.recueil.base.BusinessException;
import fr.recueil.base.audit.AuditTrail;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Pôles, directions and transversal entries: read by every user, changed by administrators. */
@Service
@Transactional
public class OrganisationService {

    private final PoleRepository poles;
    private final DirectionRepository directions;
    private final TransversalEntryRepository transversalEntries;
    private final UserAccountRepository users;
    private final List<DirectionContent> directionContents;
    private final AuditTrail audit;

    OrganisationService(PoleRepository poles, DirectionRepository directions,
                        TransversalEntryRepository transversalEntries, UserAccountRepository users,
                        List<DirectionContent> directionContents, AuditTrail audit) {
        this.poles = poles;
        this.directions = directions;
        this.transversalEntries = transversalEntries;
        this.users = users;
        this.directionContents = directionContents;
        this.audit = audit;
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<Pole> poles() {
        return poles.findAllByOrderByPositionAsc();
    }

    /** Directions in report order: by pôle, then within the pôle; stand-alone entries last. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<Direction> directions() {
        List<Direction> all = new ArrayList<>(directions.findAll());
        all.sort(Comparator
                .comparing((Direction d) -> d.getPole() == null ? Integer.MAX_VALUE : d.getPole().getPosition())
                .thenComparing(Direction::getPosition));
        return all;
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Optional<Direction> direction(long id) {
        return directions.findById(id);
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<TransversalEntry> transversalEntries() {
        return transversalEntries.findAllByOrderByPositionAsc();
    }

    // --- pôles

    @PreAuthorize("hasRole('ADMIN')")
    public Pole createPole(String name) {
        String checked = OrganisationRules.name(name);
        if (poles.existsByNameIgnoreCase(checked)) {
            throw new BusinessException("error.pole.duplicate", checked);
        }
        Pole pole = poles.save(new Pole(checked, nextPolePosition()));
        audit.record("POLE_CREATED", pole.getName(), null);
        return pole;
    }

    /** Renames the pôle the administrator saw at {@code expectedVersion}; refused if someone changed it since. */
    @PreAuthorize("hasRole('ADMIN')")
    public Pole renamePole(long id, String name, long expectedVersion) {
        Pole pole = pole(id);
        if (pole.getVersion() != expectedVersion) {
            throw new BusinessException("error.concurrentChange", pole.getName());
        }
        String checked = OrganisationRules.name(name);
        if (poles.existsByNameIgnoreCaseAndIdNot(checked, id)) {
            throw new BusinessException("error.pole.duplicate", checked);
        }
        String before = pole.getName();
        pole.rename(checked);
        audit.record("POLE_RENAMED", checked, "ancien nom : " + before);
        return pole;
    }

    /** Moves a pôle one place up (negative) or down (positive) in the report order. */
    @PreAuthorize("hasRole('ADMIN')")
    public void movePole(long id, int offset) {
        List<Pole> ordered = new ArrayList<>(poles.findAllByOrderByPositionAsc());
        Pole pole = pole(id);
        if (Reordering.move(ordered, pole, offset)) {
            for (int i = 0; i < ordered.size(); i++) {
                ordered.get(i).moveTo(i + 1);
            }
            audit.record("POLE_MOVED", pole.getName(), "position " + pole.getPosition());
        }
    }

    @PreAuthorize("hasRole('ADMIN')")
    public void setPoleActive(long id, boolean active) {
        Pole pole = pole(id);
        pole.setActive(active);
        audit.record(active ? "POLE_REACTIVATED" : "POLE_DEACTIVATED", pole.getName(), null);
    }

    @PreAuthorize("hasRole('ADMIN')")
    public void deletePole(long id) {
        Pole pole = pole(id);
        if (directions.countByPole(pole) > 0) {
            throw new BusinessException("error.pole.notEmpty", pole.getName());
        }
        poles.delete(pole);
        poles.flush();
        audit.record("POLE_DELETED", pole.getName(), null);
    }

    // --- directions

    @PreAuthorize("hasRole('ADMIN')")
    public Direction createDirection(String name, String acronym, Long poleId) {
        Pole pole = poleId == null ? null : pole(poleId);
        Direction candidate = new Direction(name, acronym, pole, nextDirectionPosition(pole));
        checkUnique(candidate.getName(), candidate.getAcronym(), null);
        Direction direction = directions.save(candidate);
        audit.record("DIRECTION_CREATED", direction.getName(), pole == null ? "hors pôle" : pole.getName());
        return direction;
    }

    /** Changes the direction the administrator saw at {@code expectedVersion}; refused if someone changed it since. */
    @PreAuthorize("hasRole('ADMIN')")
    public Direction updateDirection(long id, String name, String acronym, Long poleId, long expectedVersion) {
        Direction direction = direction(id).orElseThrow(() -> new BusinessException("error.direction.notFound"));
        if (direction.getVersion() != expectedVersion) {
            throw new BusinessException("error.concurrentChange", direction.getName());
        }
        String checkedName = OrganisationRules.name(name);
        String checkedAcronym = OrganisationRules.acronym(acronym);
        checkUnique(checkedName, checkedAcronym, id);
        direction.rename(checkedName, checkedAcronym);
        if (!Objects.equals(poleId, direction.getPoleId())) {
            Pole pole = poleId == null ? null : pole(poleId);
            direction.moveTo(pole, nextDirectionPosition(pole));
        }
        audit.record("DIRECTION_UPDATED", direction.getName(), checkedAcronym);
        return direction;
    }

    /** Moves a direction one place up (negative) or down (positive) within its pôle. */
    @PreAuthorize("hasRole('ADMIN')")
    public void moveDirection(long id, int offset) {
        Direction direction = direction(id).orElseThrow(() -> new BusinessException("error.direction.notFound"));
        List<Direction> siblings = new ArrayList<>(directions().stream()
                .filter(d -> Objects.equals(d.getPoleId(), direction.getPoleId()))
                .toList());
        if (Reordering.move(siblings, direction, offset)) {
            for (int i = 0; i < siblings.size(); i++) {
                siblings.get(i).moveTo(siblings.get(i).getPole(), i + 1);
            }
            audit.record("DIRECTION_MOVED", direction.getName(), "position " + direction.getPosition());
        }
    }

    @PreAuthorize("hasRole('ADMIN')")
    public void setDirectionActive(long id, boolean active) {
        Direction direction = direction(id).orElseThrow(() -> new BusinessException("error.direction.notFound"));
        direction.setActive(active);
        audit.record(active ? "DIRECTION_REACTIVATED" : "DIRECTION_DEACTIVATED", direction.getName(), null);
    }

    @PreAuthorize("hasRole('ADMIN')")
    public void deleteDirection(long id) {
        Direction direction = direction(id).orElseThrow(() -> new BusinessException("error.direction.notFound"));
        boolean hasContent = users.existsMemberOf(id)
                || transversalEntries.existsByOwnerDirectionId(id)
                || directionContents.stream().anyMatch(content -> content.exists(id));
        if (hasContent) {
            throw new BusinessException("error.direction.hasContent", direction.getName());
        }
        directions.delete(direction);
        directions.flush();
        audit.record("DIRECTION_DELETED", direction.getName(), null);
    }

    // --- transversal entries

    @PreAuthorize("hasRole('ADMIN')")
    public TransversalEntry createTransversalEntry(String label, long ownerDirectionId) {
        direction(ownerDirectionId).orElseThrow(() -> new BusinessException("error.direction.notFound"));
        int position = transversalEntries.findAll().stream().mapToInt(TransversalEntry::getPosition).max().orElse(0) + 1;
        TransversalEntry entry = transversalEntries.save(new TransversalEntry(label, ownerDirectionId, position));
        audit.record("TRANSVERSAL_CREATED", entry.getLabel(), null);
        return entry;
    }

    private void checkUnique(String name, String acronym, Long exceptId) {
        boolean nameTaken = exceptId == null ? directions.existsByNameIgnoreCase(name)
                : directions.existsByNameIgnoreCaseAndIdNot(name, exceptId);
        if (nameTaken) {
            throw new BusinessException("error.direction.duplicateName", name);
        }
        if (acronym != null) {
            boolean acronymTaken = exceptId == null ? directions.existsByAcronymIgnoreCase(acronym)
                    : directions.existsByAcronymIgnoreCaseAndIdNot(acronym, exceptId);
            if (acronymTaken) {
                throw new BusinessException("error.direction.duplicateAcronym", acronym);
            }
        }
    }

    private Pole pole(long id) {
        return poles.findById(id).orElseThrow(() -> new BusinessException("error.pole.notFound"));
    }

    private int nextPolePosition() {
        return poles.findAll().stream().mapToInt(Pole::getPosition).max().orElse(0) + 1;
    }

    private int nextDirectionPosition(Pole pole) {
        return directions.findAll().stream()
                .filter(d -> Objects.equals(d.getPoleId(), pole == null ? null : pole.getId()))
                .mapToInt(Direction::getPosition).max().orElse(0) + 1;
    }
}
