package app.bravo.awards.voting;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import app.bravo.people.Person;
import app.bravo.people.Team;

/** The names behind candidate keys ("person:12", "team:3"), for pages, results and the hall of fame. */
public final class Candidates {

    private Candidates() {
    }

    public static Map<String, String> names(Collection<String> keys) {
        List<Long> people = new ArrayList<>();
        List<Long> teams = new ArrayList<>();
        for (String key : keys) {
            Long id = idOf(key);
            if (id != null && key.startsWith("person:")) {
                people.add(id);
            } else if (id != null && key.startsWith("team:")) {
                teams.add(id);
            }
        }
        Map<String, String> names = new HashMap<>();
        if (!people.isEmpty()) {
            Person.<Person>list("id in ?1", people).forEach(p -> names.put("person:" + p.id, p.fullName));
        }
        if (!teams.isEmpty()) {
            Team.<Team>list("id in ?1", teams).forEach(t -> names.put("team:" + t.id, t.name));
        }
        for (String key : keys) {
            names.putIfAbsent(key, key);
        }
        return names;
    }

    public static Long idOf(String key) {
        int colon = key == null ? -1 : key.indexOf(':');
        if (colon < 0) {
            return null;
        }
        try {
            return Long.parseLong(key.substring(colon + 1));
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
