package org.tamiz.filters.quality;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reading typed values from a YAML-style configuration section (nested {@code Map<String,Object>}). */
final class Settings {
    private Settings() {}

    @SuppressWarnings("unchecked")
    static Map<String, Object> section(Map<String, Object> config, String name) {
        if (config == null) return Map.of();
        Object v = config.get(name);
        if (v == null) return Map.of();
        if (!(v instanceof Map)) throw new IllegalArgumentException("config section '" + name + "' must be a map");
        return (Map<String, Object>) v;
    }

    static double num(Map<String, Object> s, String key, double dflt) {
        Object v = s.get(key);
        if (v == null) return dflt;
        if (v instanceof Number n) return n.doubleValue();
        if (v instanceof Boolean b) return b ? 1 : 0;
        return Double.parseDouble(v.toString());
    }

    static int integer(Map<String, Object> s, String key, int dflt) {
        return (int) Math.round(num(s, key, dflt));
    }

    static boolean bool(Map<String, Object> s, String key, boolean dflt) {
        Object v = s.get(key);
        if (v == null) return dflt;
        if (v instanceof Boolean b) return b;
        if (v instanceof Number n) return n.doubleValue() != 0;
        return Boolean.parseBoolean(v.toString());
    }

    static Set<String> words(Map<String, Object> s, String key, Set<String> dflt) {
        Object v = s.get(key);
        if (v == null) return dflt;
        if (v instanceof Collection<?> c) {
            Set<String> out = new HashSet<>();
            for (Object o : c) out.add(o.toString());
            return out;
        }
        return new HashSet<>(List.of(v.toString().trim().split("\\s+")));
    }
}
