package app.bravo.posts;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;

import app.bravo.audit.Audit;
import app.bravo.i18n.Text;
import app.bravo.web.BadInputException;

/**
 * The list of rules that got in customers' way: HR adds and retires them; moderators and HR keep a rule an author
 * named, or merge it into an existing one (its stories then count under that rule). Every change audited.
 */
@ApplicationScoped
public class RuleService {

    @Inject
    Audit audit;

    @Transactional
    public ServiceRule add(String name, String description) {
        String clean = name == null ? "" : name.strip();
        if (clean.isEmpty() || clean.length() > ServiceRule.MAX_NAME) {
            throw new BadInputException("name", Text.of(PostMessages.class, m -> m.error_rule_name()));
        }
        ServiceRule existing = ServiceRule.findByName(clean).orElse(null);
        if (existing != null) {
            throw new BadInputException("name", Text.of(PostMessages.class, m -> m.error_rule_exists()));
        }
        ServiceRule rule = new ServiceRule();
        rule.setName(clean);
        rule.description = description == null || description.isBlank() ? null
                : description.strip().substring(0, Math.min(description.strip().length(), ServiceRule.MAX_DESCRIPTION));
        rule.persist();
        audit.record("rule.created", "rule:" + rule.id, Map.of("name", rule.name));
        return rule;
    }

    /** A proposed rule joins HR's list as it is. */
    @Transactional
    public void keep(long ruleId) {
        ServiceRule rule = find(ruleId);
        rule.proposed = false;
        audit.record("rule.kept", "rule:" + rule.id, Map.of("name", rule.name));
    }

    /** Retired rules stay on their stories but are no longer offered. */
    @Transactional
    public void setActive(long ruleId, boolean active) {
        ServiceRule rule = find(ruleId);
        if (rule.mergedInto != null && active) {
            throw new BadInputException("rule", Text.of(PostMessages.class, m -> m.error_rule_merged()));
        }
        rule.active = active;
        audit.record(active ? "rule.restored" : "rule.retired", "rule:" + rule.id, Map.of("name", rule.name));
    }

    /** Moves every story of {@code ruleId} to {@code targetId} and retires the merged rule. */
    @Transactional
    public int merge(long ruleId, long targetId) {
        ServiceRule rule = find(ruleId);
        ServiceRule target = find(targetId);
        if (rule.id.equals(target.id) || target.mergedInto != null || !target.active) {
            throw new BadInputException("target", Text.of(PostMessages.class, m -> m.error_rule_merge_target()));
        }
        int moved = ComplaintStory.update("rule = ?1 where rule = ?2", target, rule);
        // Rules merged earlier into this one follow it, so a name always leads to one rule.
        ServiceRule.update("mergedInto = ?1 where mergedInto = ?2", target, rule);
        rule.mergedInto = target;
        rule.active = false;
        rule.proposed = false;
        Map<String, Object> args = new LinkedHashMap<>();
        args.put("name", rule.name);
        args.put("into", target.name);
        args.put("stories", moved);
        audit.record("rule.merged", "rule:" + rule.id, args);
        return moved;
    }

    /** How many stories name each rule. */
    public Map<Long, Long> storyCounts() {
        Map<Long, Long> counts = new LinkedHashMap<>();
        List<Object[]> rows = ServiceRule.getEntityManager().createQuery(
                "select s.rule.id, count(s) from ComplaintStory s where s.rule is not null and s.status <> :removed "
                        + "group by s.rule.id", Object[].class)
                .setParameter("removed", Post.Status.REMOVED).getResultList();
        rows.forEach(row -> counts.put((Long) row[0], (Long) row[1]));
        return counts;
    }

    private static ServiceRule find(long id) {
        ServiceRule rule = ServiceRule.findById(id);
        if (rule == null) {
            throw new NotFoundException();
        }
        return rule;
    }
}
