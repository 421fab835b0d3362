package dev.retort.layout;

import java.util.Arrays;
import java.util.function.IntBinaryOperator;

/** A growable array of ints, also used as a stack; avoids boxing in the layout passes. */
final class IntList {
    private int[] items;
    private int size;

    IntList() {
        this(8);
    }

    IntList(int capacity) {
        items = new int[Math.max(capacity, 1)];
    }

    void add(int value) {
        if (size == items.length) {
            items = Arrays.copyOf(items, items.length * 2);
        }
        items[size++] = value;
    }

    int get(int index) {
        if (index >= size) {
            throw new IndexOutOfBoundsException(index);
        }
        return items[index];
    }

    void set(int index, int value) {
        if (index >= size) {
            throw new IndexOutOfBoundsException(index);
        }
        items[index] = value;
    }

    int size() {
        return size;
    }

    boolean isEmpty() {
        return size == 0;
    }

    /** Removes and returns the last item. */
    int pop() {
        if (size == 0) {
            throw new IllegalStateException("empty");
        }
        return items[--size];
    }

    void clear() {
        size = 0;
    }

    int[] toArray() {
        return Arrays.copyOf(items, size);
    }

    /**
     * Stable sort: insertion sort for the usual short lists (the parents of one revision, the
     * revisions freed by one step), a merge sort beyond that (the heads of a wide history).
     */
    void sort(IntBinaryOperator comparator) {
        if (size > 32) {
            Integer[] boxed = new Integer[size];
            for (int i = 0; i < size; i++) {
                boxed[i] = items[i];
            }
            Arrays.sort(boxed, (a, b) -> comparator.applyAsInt(a, b));
            for (int i = 0; i < size; i++) {
                items[i] = boxed[i];
            }
            return;
        }
        for (int i = 1; i < size; i++) {
            int item = items[i];
            int j = i - 1;
            while (j >= 0 && comparator.applyAsInt(items[j], item) > 0) {
                items[j + 1] = items[j];
                j--;
            }
            items[j + 1] = item;
        }
    }
}
