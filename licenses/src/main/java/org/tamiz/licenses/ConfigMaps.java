package org.tamiz.licenses;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Typed reads from a {@code Map<String,Object>} parsed from YAML, with clear errors for wrong types. */
final class ConfigMaps {
    private ConfigMaps() {
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> section(Map<String, Object> map, String key) {
        Object v = map == null ? null : map.get(key);
        if (v == null) {
            return Map.of();
        }
        if (!(v instanceof Map)) {
            throw new IllegalArgumentException("config '" + key + "' must be a mapping, got: " + v);
        }
        return (Map<String, Object>) v;
    }

    static Map<String, String> stringMap(Map<String, Object> map, String key, Map<String, String> dflt) {
        Object v = map == null ? null : map.get(key);
        if (v == null) {
            return dflt;
        }
        if (!(v instanceof Map<?, ?> m)) {
            throw new IllegalArgumentException("config '" + key + "' must be a mapping, got: " + v);
        }
        Map<String, String> out = new LinkedHashMap<>();
        m.forEach((k, val) -> out.put(String.valueOf(k), String.valueOf(val)));
        return out;
    }

    static List<String> stringList(Map<String, Object> map, String key, List<String> dflt) {
        Object v = map == null ? null : map.get(key);
        if (v == null) {
            return dflt;
        }
        if (v instanceof String s) {
            List<String> out = new ArrayList<>();
            for (String part : s.split(",")) {
                if (!part.isBlank()) {
                    out.add(part.trim());
                }
            }
            return out;
        }
        if (!(v instanceof List<?> l)) {
            throw new IllegalArgumentException("config '" + key + "' must be a list, got: " + v);
        }
        List<String> out = new ArrayList<>();
        l.forEach(x -> out.add(String.valueOf(x)));
        return out;
    }

    static boolean bool(Map<String, Object> map, String key, boolean dflt) {
        Object v = map == null ? null : map.get(key);
        if (v == null) {
            return dflt;
        }
        if (v instanceof Boolean b) {
            return b;
        }
        String s = String.valueOf(v).trim().toLowerCase(java.util.Locale.ROOT);
        if (s.equals("true") || s.equals("yes")) {
            return true;
        }
        if (s.equals("false") || s.equals("no")) {
            return false;
        }
        throw new IllegalArgumentException("config '" + key + "' must be true or false, got: " + v);
    }

    static double number(Map<String, Object> map, String key, double dflt) {
        Object v = map == null ? null : map.get(key);
        if (v == null) {
            return dflt;
        }
        if (v instanceof Number n) {
            return n.doubleValue();
        }
        try {
            return Double.parseDouble(String.valueOf(v).trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("config '" + key + "' must be a number, got: " + v, e);
        }
    }
}
