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
     * Stable insertion sort; the lists sorted here (the parents of one revision, the revisions
     * freed by one step) are short.
     */
    void sort(IntBinaryOperator comparator) {
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
