package fr.recueil.organisation;

/**
 * Implemented by the modules that attach content to a direction (campaign outlines, chapters), so
 * that a direction with content is never deleted. Organisation knows none of those modules.
 */
public interface DirectionContent {

    boolean exists(long directionId);
}
