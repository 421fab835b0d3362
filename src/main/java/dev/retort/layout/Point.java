package dev.retort.layout;

/**
 * A position in layout coordinates: x grows to the right (lanes), y grows downwards (rows).
 *
 * @param x horizontal coordinate
 * @param y vertical coordinate
 */
public record Point(double x, double y) {
}
