package app.bravo.quality.pulse;

/**
 * Whose pulse: the whole organisation, one department or one team. Written as {@code org},
 * {@code department:<id>} or {@code team:<id>} in the API and as a target's scope key.
 */
public record PulseScope(Kind kind, Long id) {

    public enum Kind {
        ORG, DEPARTMENT, TEAM
    }

    public static final PulseScope ORG = new PulseScope(Kind.ORG, null);

    public static PulseScope team(long id) {
        return new PulseScope(Kind.TEAM, id);
    }

    public static PulseScope department(long id) {
        return new PulseScope(Kind.DEPARTMENT, id);
    }

    /** The scope a text names; null when it names none ({@code org}, {@code team:12}, {@code department:3}). */
    public static PulseScope parse(String text) {
        if (text == null) {
            return null;
        }
        String key = text.trim();
        if (key.equals("org")) {
            return ORG;
        }
        int colon = key.indexOf(':');
        if (colon < 0) {
            return null;
        }
        Long id;
        try {
            id = Long.valueOf(key.substring(colon + 1));
        } catch (NumberFormatException e) {
            return null;
        }
        if (id <= 0) {
            return null;
        }
        return switch (key.substring(0, colon)) {
            case "team" -> team(id);
            case "department" -> department(id);
            default -> null;
        };
    }

    public String key() {
        return switch (kind) {
            case ORG -> "org";
            case DEPARTMENT -> "department:" + id;
            case TEAM -> "team:" + id;
        };
    }
}
