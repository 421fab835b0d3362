package dev.retort.merge;

import java.util.List;
import java.util.Map;

/** A function or bound method a template may call. */
@FunctionalInterface
interface PyCallable {
    Object call(List<Object> args, Map<String, Object> kwargs) throws PyError, UnsupportedConstruct;
}
