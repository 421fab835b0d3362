/**
 * Toolkit-free layout of a {@link dev.retort.model.graph.RevisionGraph}: rows, lanes and
 * coordinates, like a git history graph.
 *
 * <p>{@link dev.retort.layout.DagLayout} puts one revision per row, children above parents
 * (heads at row 0), and gives every line of history a lane (column) that is reused as soon as
 * it is free. The {@link dev.retort.layout.LayoutResult} holds plain numbers: node positions,
 * one polyline per edge, the lanes in use. Nothing here knows JavaFX or GraphStream; the view
 * turns the numbers into pixels on its own thread.
 */
package dev.retort.layout;
