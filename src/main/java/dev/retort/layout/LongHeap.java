package dev.retort.layout;

import java.util.Arrays;

/** A binary min-heap of longs, for the lane sweep (no boxing). */
final class LongHeap {
    private long[] items = new long[16];
    private int size;

    boolean isEmpty() {
        return size == 0;
    }

    long peek() {
        if (size == 0) {
            throw new IllegalStateException("empty");
        }
        return items[0];
    }

    void push(long value) {
        if (size == items.length) {
            items = Arrays.copyOf(items, size * 2);
        }
        int i = size++;
        while (i > 0) {
            int parent = (i - 1) >>> 1;
            if (items[parent] <= value) {
                break;
            }
            items[i] = items[parent];
            i = parent;
        }
        items[i] = value;
    }

    long pop() {
        long top = peek();
        long last = items[--size];
        int i = 0;
        while (true) {
            int child = 2 * i + 1;
            if (child >= size) {
                break;
            }
            if (child + 1 < size && items[child + 1] < items[child]) {
                child++;
            }
            if (items[child] >= last) {
                break;
            }
            items[i] = items[child];
            i = child;
        }
        if (size > 0) {
            items[i] = last;
        }
        return top;
    }
}
