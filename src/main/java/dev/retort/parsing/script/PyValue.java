package dev.retort.parsing.script;

import dev.retort.model.python.PythonStrings;
import java.util.List;
import java.util.Objects;

/**
 * The value of a module-level assignment as far as it can be known without running Python.
 *
 * <p>Only the literal forms alembic revision files use are modelled: {@code str}, {@code None},
 * tuples and lists. Other Python literals ({@code 1234}, {@code True}, {@code b'x'}) are kept as
 * {@link PyOtherLiteral} / {@link PyBytes} so callers can say precisely what type was found.
 * Everything else (names, calls, f-strings, arithmetic, assignments inside {@code if} blocks) is
 * {@link PyComputed}: a static reader must not guess those.
 */
public sealed interface PyValue
        permits PyValue.PyStr, PyValue.PyNone, PyValue.PySeq, PyValue.PyBytes,
                PyValue.PyOtherLiteral, PyValue.PyComputed {

    /** The Python type name ({@code str}, {@code NoneType}, {@code tuple}, ...), as in its error messages. */
    String typeName();

    /** A short Python-like rendering for messages. */
    String repr();

    /** A {@code str} literal, escapes processed and adjacent literals concatenated. */
    record PyStr(String value) implements PyValue {
        public PyStr {
            Objects.requireNonNull(value, "value");
        }

        @Override
        public String typeName() {
            return "str";
        }

        /** Python's {@code repr()}. */
        @Override
        public String repr() {
            return PythonStrings.repr(value);
        }
    }

    /** {@code None}. */
    record PyNone() implements PyValue {
        /** The one instance callers need; any instance is equal to it. */
        public static final PyNone NONE = new PyNone();

        @Override
        public String typeName() {
            return "NoneType";
        }

        @Override
        public String repr() {
            return "None";
        }
    }

    /** A tuple or list display whose items are all literals. */
    record PySeq(SeqKind kind, List<PyValue> items) implements PyValue {
        public PySeq {
            Objects.requireNonNull(kind, "kind");
            items = List.copyOf(items);
        }

        @Override
        public String typeName() {
            return kind == SeqKind.TUPLE ? "tuple" : "list";
        }

        @Override
        public String repr() {
            StringBuilder sb = new StringBuilder(kind == SeqKind.TUPLE ? "(" : "[");
            for (int i = 0; i < items.size(); i++) {
                if (i > 0) {
                    sb.append(", ");
                }
                sb.append(items.get(i).repr());
            }
            if (kind == SeqKind.TUPLE && items.size() == 1) {
                sb.append(',');
            }
            return sb.append(kind == SeqKind.TUPLE ? ")" : "]").toString();
        }
    }

    /** Which sequence display a {@link PySeq} came from. */
    enum SeqKind { TUPLE, LIST }

    /**
     * A {@code bytes} literal. Only its length matters to alembic's normalisation: an empty
     * {@code b''} iterates to nothing and so behaves like {@code ()}.
     */
    record PyBytes(int length) implements PyValue {
        @Override
        public String typeName() {
            return "bytes";
        }

        @Override
        public String repr() {
            return length == 0 ? "b''" : "b'...'";
        }
    }

    /**
     * Another literal: a number, {@code True}/{@code False} or {@code ...}.
     *
     * @param typeName the Python type name ({@code int}, {@code float}, {@code complex},
     *     {@code bool}, {@code ellipsis})
     * @param source the literal as written
     */
    record PyOtherLiteral(String typeName, String source) implements PyValue {
        public PyOtherLiteral {
            Objects.requireNonNull(typeName, "typeName");
            Objects.requireNonNull(source, "source");
        }

        @Override
        public String repr() {
            return source;
        }
    }

    /**
     * A value that cannot be known without running the module.
     *
     * @param reason why, phrased to follow "the value is computed: " (for example
     *     {@code "a call"} or {@code "assigned inside an `if` block"})
     */
    record PyComputed(String reason) implements PyValue {
        public PyComputed {
            Objects.requireNonNull(reason, "reason");
        }

        @Override
        public String typeName() {
            return "?";
        }

        @Override
        public String repr() {
            return "<" + reason + ">";
        }
    }
}
