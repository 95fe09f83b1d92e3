package app.bravo.posts;

import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;

import io.quarkus.security.ForbiddenException;

import app.bravo.audit.Audit;
import app.bravo.behaviours.Behaviour;
import app.bravo.i18n.Text;
import app.bravo.people.Person;
import app.bravo.people.Team;
import app.bravo.web.BadInputException;

/**
 * The rules of posting on the board. Callers name who acts (a person id, and whether they moderate), so the
 * same methods serve pages, the API and scheduled work; errors carry message keys, worded at the edge.
 */
@ApplicationScoped
public class PostService {

    @Inject
    Audit audit;

    @Inject
    jakarta.enterprise.event.Event<RecognitionNotices.Published> published;

    @Inject
    jakarta.enterprise.event.Event<CustomerErased> customerErased;

    static final int MAX_SEARCH_TEXT = 8000;

    Clock clock = Clock.systemUTC();

    /** A recognition by {@code authorId}, published at once. */
    @Transactional
    public Recognition recognise(long authorId, RecognitionInput input) {
        Person author = activeAuthor(authorId);
        Recognition recognition = new Recognition();
        recognition.author = author;
        apply(recognition, author, input);
        return submit(recognition);
    }

    /** A resolved-complaint story by {@code authorId}; it waits for a moderator. */
    @Transactional
    public ComplaintStory tellStory(long authorId, ComplaintStoryInput input) {
        Person author = activeAuthor(authorId);
        ComplaintStory story = new ComplaintStory();
        story.author = author;
        apply(story, author, input);
        return submit(story);
    }

    /** A customer's praise, entered by {@code authorId}; it waits for a moderator. */
    @Transactional
    public CustomerPraise praise(long authorId, CustomerPraiseInput input) {
        Person author = activeAuthor(authorId);
        CustomerPraise praise = new CustomerPraise();
        praise.author = author;
        apply(praise, author, input);
        return submit(praise);
    }

    /** An example from outside, published at once. */
    @Transactional
    public Inspiration inspire(long authorId, InspirationInput input) {
        Inspiration inspiration = new Inspiration();
        inspiration.author = activeAuthor(authorId);
        apply(inspiration, input);
        return submit(inspiration);
    }

    /** Changes a recognition: its author within {@link Post#EDIT_WINDOW}, a moderator at any time. */
    @Transactional
    public Recognition update(long postId, long actorId, boolean moderator, RecognitionInput input) {
        return change(Recognition.class, postId, actorId, moderator, r -> apply(r, r.author, input));
    }

    @Transactional
    public ComplaintStory updateStory(long postId, long actorId, boolean moderator, ComplaintStoryInput input) {
        return change(ComplaintStory.class, postId, actorId, moderator, s -> apply(s, s.author, input));
    }

    @Transactional
    public CustomerPraise updatePraise(long postId, long actorId, boolean moderator, CustomerPraiseInput input) {
        return change(CustomerPraise.class, postId, actorId, moderator, p -> apply(p, p.author, input));
    }

    @Transactional
    public Inspiration updateInspiration(long postId, long actorId, boolean moderator, InspirationInput input) {
        return change(Inspiration.class, postId, actorId, moderator, i -> apply(i, input));
    }

    /**
     * A post of this kind that {@code actorId} may see: approved, or their own, or any but removed for a moderator.
     * Otherwise 404, the same whether it does not exist or is hidden from them.
     */
    public <P extends Post> P visible(Class<P> type, long postId, long actorId, boolean moderator) {
        P post = Post.getEntityManager().find(type, postId);
        if (post == null || post.status == Post.Status.REMOVED
                || post.status != Post.Status.APPROVED && !moderator && post.author.id != actorId) {
            throw new NotFoundException();
        }
        return post;
    }

    private static Person activeAuthor(long authorId) {
        Person author = Person.findById(authorId);
        if (author == null || !author.active) {
            throw new ForbiddenException();
        }
        return author;
    }

    /** Stores a new post: on the board at once, or waiting for a moderator, as its kind says. */
    private <P extends Post> P submit(P post) {
        if (post.kind().moderated) {
            post.status = Post.Status.PENDING;
        } else {
            post.status = Post.Status.APPROVED;
            post.publishedAt = clock.instant();
        }
        post.persist();
        audit.record("post.created", "post:" + post.id, Map.of("kind", post.kind().name(), "about", names(post)));
        if (post.status == Post.Status.APPROVED) {
            published.fire(new RecognitionNotices.Published(post.id));
        }
        return post;
    }

    /**
     * Changes a post. An author's change to approved or rejected praise or a story goes back to the moderators
     * (what they approved is no longer what it says); a moderator's change keeps its status.
     */
    private <P extends Post> P change(Class<P> type, long postId, long actorId, boolean moderator,
            java.util.function.Consumer<P> apply) {
        P post = Post.getEntityManager().find(type, postId);
        if (post == null || post.status == Post.Status.REMOVED) {
            throw new NotFoundException();
        }
        checkMayChange(post, actorId, moderator);
        apply.accept(post);
        post.updatedAt = clock.instant();
        boolean resubmitted = post.kind().moderated && !moderator && post.status != Post.Status.PENDING;
        if (resubmitted) {
            post.status = Post.Status.PENDING;
            post.publishedAt = null;
        }
        audit.record("post.updated", "post:" + post.id, Map.of("kind", post.kind().name(), "about", names(post),
                "resubmitted", resubmitted));
        return post;
    }

    /** Takes a post off the board for good (kept, marked removed): its author within the window, or a moderator. */
    @Transactional
    public void delete(long postId, long actorId, boolean moderator) {
        Post post = Post.findById(postId);
        if (post == null || post.status == Post.Status.REMOVED) {
            throw new NotFoundException();
        }
        checkMayChange(post, actorId, moderator);
        post.status = Post.Status.REMOVED;
        audit.record("post.removed", "post:" + post.id, Map.of("kind", post.kind().name()));
    }

    /**
     * Sets whether a person applauds a post on the board; saying the same twice changes nothing. The reaction's
     * primary key and the counting statement in the same transaction keep the count right however many clicks
     * race: a racing duplicate fails on the key and is rolled back whole (the caller may simply ask again). Returns
     * the post's applause count afterwards.
     */
    @Transactional
    public int applaud(long postId, long personId, boolean applaud) {
        if (Post.count("id = ?1 and status = ?2", postId, Post.Status.APPROVED) == 0) {
            throw new NotFoundException();
        }
        boolean applauds = Reaction.count("postId = ?1 and personId = ?2", postId, personId) > 0;
        if (applaud && !applauds) {
            Reaction reaction = new Reaction();
            reaction.postId = postId;
            reaction.personId = personId;
            reaction.createdAt = clock.instant();
            reaction.persist();
            Reaction.flush();
            Post.update("applause = applause + 1 where id = ?1", postId);
        } else if (!applaud && applauds) {
            // Counted off only by the request whose delete removed the row: two racing "take back"s count once.
            if (Reaction.delete("postId = ?1 and personId = ?2", postId, personId) > 0) {
                Post.update("applause = applause - 1 where id = ?1", postId);
            }
        }
        return Post.getEntityManager().createQuery("select p.applause from Post p where p.id = ?1", Integer.class)
                .setParameter(1, postId).getSingleResult();
    }

    /**
     * Strips a praise's customer name and contact, and cuts them from its words; the words stay. A moderator's
     * action, audited without the name.
     */
    @Transactional
    public CustomerPraise anonymise(long postId) {
        CustomerPraise praise = CustomerPraise.findById(postId);
        if (praise == null) {
            throw new NotFoundException();
        }
        boolean held = praise.customerName != null || praise.customerContact != null;
        List<String> own = new java.util.ArrayList<>();
        java.util.stream.Stream.of(praise.customerName, praise.customerContact).filter(java.util.Objects::nonNull)
                .forEach(own::add);
        forget(praise, own);
        audit.record("customer.anonymised", "post:" + praise.id, Map.of("held", held));
        return praise;
    }

    /** The praise that holds this customer's name or contact (any status, taken down too; newest first). */
    public List<CustomerPraise> customerData(String customer) {
        String key = customer == null ? "" : customer.strip().toLowerCase(java.util.Locale.ROOT);
        if (key.isEmpty()) {
            return List.of();
        }
        return CustomerPraise.list("lower(customerName) = ?1 or lower(customerContact) = ?1 order by id desc", key);
    }

    /**
     * Erases a customer's personal data on their request: every praise holding their name or contact keeps its
     * words but loses the name and contact; and the name and contact (as typed, and as those praises held them)
     * are cut from every text where people may have written them: posts of any kind, moderators' reasons,
     * congratulations and reports. Afterwards only this audit entry holds the name. Returns how many praises
     * held the customer's data.
     */
    @Transactional
    public int eraseCustomer(String customer) {
        List<CustomerPraise> found = customerData(customer);
        java.util.Set<String> names = new java.util.LinkedHashSet<>();
        names.add(customer.strip());
        for (CustomerPraise praise : found) {
            java.util.stream.Stream.of(praise.customerName, praise.customerContact)
                    .filter(java.util.Objects::nonNull).forEach(names::add);
        }
        for (CustomerPraise praise : found) {
            forget(praise, names);
        }
        List<String> cut = names.stream().filter(n -> n.length() >= MIN_ERASED).toList();
        for (String name : cut) {
            String like = likeAnywhere(name);
            for (Post post : Post.<Post> list("""
                    lower(story) like ?1 escape '!' or lower(rejectionReason) like ?1 escape '!'""", like)) {
                post.story = cutNames(post.story, cut);
                post.rejectionReason = cutNames(post.rejectionReason, cut);
                index(post);
            }
            for (ComplaintStory story : ComplaintStory.<ComplaintStory> list("""
                    lower(complaint) like ?1 escape '!' or lower(outcome) like ?1 escape '!'
                    or lower(customerQuote) like ?1 escape '!'""", like)) {
                story.complaint = cutNames(story.complaint, cut);
                story.outcome = cutNames(story.outcome, cut);
                story.customerQuote = cutNames(story.customerQuote, cut);
                index(story);
            }
            for (Comment comment : Comment.<Comment> list("lower(body) like ?1 escape '!'", like)) {
                comment.body = cutNames(comment.body, cut);
            }
            for (Report report : Report.<Report> list("lower(reason) like ?1 escape '!'", like)) {
                report.reason = cutNames(report.reason, cut);
            }
        }
        customerErased.fire(new CustomerErased(cut)); // other features' customer texts, in this transaction
        audit.record("customer.erased", "customer", Map.of("customer", customer.strip(), "posts",
                String.join(", ", found.stream().map(p -> "post:" + p.id).toList())));
        return found.size();
    }

    /** Names shorter than this are not cut from texts (a one-letter "name" would cut every such word). */
    public static final int MIN_ERASED = 2;

    /** A pattern for {@code lower(column) like ?1 escape '!'} that finds the name anywhere in a text. */
    public static String likeAnywhere(String name) {
        return "%" + name.toLowerCase(java.util.Locale.ROOT).replace("!", "!!").replace("%", "!%")
                .replace("_", "!_") + "%";
    }

    /** Clears the customer's fields, and cuts these names from the words. */
    private void forget(CustomerPraise praise, java.util.Collection<String> names) {
        praise.story = cutNames(praise.story, names);
        praise.customerName = null;
        praise.customerContact = null;
        praise.customerErasedAt = clock.instant();
        index(praise);
    }

    /** The text with each of these names (whole words, any case) replaced by "…". */
    public static String cutNames(String text, java.util.Collection<String> names) {
        if (text == null) {
            return null;
        }
        String cut = text;
        for (String name : names) {
            if (name.length() >= MIN_ERASED) {
                cut = cut.replaceAll("(?iu)(?<![\\p{L}\\p{N}])" + java.util.regex.Pattern.quote(name)
                        + "(?![\\p{L}\\p{N}])", "…");
            }
        }
        return cut;
    }

    /** Whether this actor may change or delete the post now. */
    public boolean mayChange(Post post, long actorId, boolean moderator, Instant now) {
        return moderator || post.author.id == actorId && post.editableByAuthor(now);
    }

    private void checkMayChange(Post post, long actorId, boolean moderator) {
        if (!mayChange(post, actorId, moderator, clock.instant())) {
            if (post.author.id == actorId) {
                throw new BadInputException("post", msg(m -> m.error_edit_window_over()));
            }
            throw new ForbiddenException();
        }
    }

    private void apply(Recognition recognition, Person author, RecognitionInput input) {
        Map<String, Text> errors = new LinkedHashMap<>();
        involve(recognition, author, input.recipients(),
                input.teamId() == null ? List.of() : List.of(input.teamId()), "teamId", errors);
        standards(recognition, input.behaviourIds().stream().distinct().toList(), errors);
        if (!errors.isEmpty()) {
            throw new BadInputException(errors);
        }
        recognition.story = input.story();
        recognition.caseReference = blankToNull(input.caseReference());
        recognition.internalService = input.isInternalService();
        index(recognition);
    }

    private void apply(ComplaintStory story, Person author, ComplaintStoryInput input) {
        Map<String, Text> errors = new LinkedHashMap<>();
        involve(story, author, input.recipients(), input.teams(), "teamIds", errors);
        standards(story, input.behaviours(), errors);
        ServiceRule rule = rule(input.ruleId(), blankToNull(input.newRule()), errors);
        if (!errors.isEmpty()) {
            throw new BadInputException(errors);
        }
        story.complaint = input.complaint();
        story.story = input.story();
        story.outcome = input.outcome();
        story.resolutionMinutes = input.resolutionMinutes();
        story.customerQuote = blankToNull(input.customerQuote());
        story.rule = rule;
        index(story);
    }

    private void apply(CustomerPraise praise, Person author, CustomerPraiseInput input) {
        Map<String, Text> errors = new LinkedHashMap<>();
        involve(praise, author, input.recipients(), input.teams(), "teamIds", errors);
        standards(praise, input.behaviours(), errors);
        String name = blankToNull(input.customerName());
        if (name != null && !input.hasConsent()) {
            errors.put("customerName", msg(m -> m.error_name_without_consent()));
        }
        if (input.receivedOn().isBefore(CustomerPraise.EARLIEST_RECEIVED)) {
            errors.put("receivedOn", msg(m -> m.error_received_too_early()));
        }
        if (!errors.isEmpty()) {
            throw new BadInputException(errors);
        }
        praise.story = input.words();
        praise.channel = input.channel();
        praise.receivedOn = input.receivedOn();
        praise.customerName = name;
        praise.customerContact = blankToNull(input.customerContact());
        index(praise);
    }

    private void apply(Inspiration inspiration, InspirationInput input) {
        Map<String, Text> errors = new LinkedHashMap<>();
        standards(inspiration, Involving.distinct(input.behaviourIds()), errors);
        if (!errors.isEmpty()) {
            throw new BadInputException(errors);
        }
        inspiration.story = input.story();
        inspiration.source = input.source().strip();
        inspiration.lesson = input.lesson();
        index(inspiration);
    }

    /**
     * Sets who a post is about: active colleagues and teams, at least one of either, and never the author alone.
     * {@code teamField} names the form field a team error belongs to.
     */
    private static void involve(Post post, Person author, List<Long> recipientIds, List<Long> teamIds,
            String teamField, Map<String, Text> errors) {
        List<Person> recipients = recipientIds.isEmpty() ? List.of()
                : Person.list("id in ?1 and active = true", recipientIds);
        List<Team> teams = teamIds.isEmpty() ? List.of() : Team.list("id in ?1 and active = true", teamIds);
        if (recipients.size() != recipientIds.size()) {
            errors.put("recipientIds", msg(m -> m.error_recipient_unavailable()));
        } else if (teams.size() != teamIds.size()) {
            errors.put(teamField, msg(m -> m.error_team_unavailable()));
        } else if (recipients.isEmpty() && teams.isEmpty()) {
            errors.put("recipientIds", msg(m -> m.error_no_recipient()));
        } else if (teams.isEmpty() && recipients.stream().allMatch(p -> p.id.equals(author.id))) {
            errors.put("recipientIds", msg(m -> m.error_only_yourself()));
        }
        if (errors.isEmpty()) {
            post.recipients.retainAll(new HashSet<>(recipients));
            post.recipients.addAll(recipients);
            post.teams.retainAll(new HashSet<>(teams));
            post.teams.addAll(teams);
        }
    }

    /** Sets the service standards a post names: active ones only. */
    private static void standards(Post post, List<Long> behaviourIds, Map<String, Text> errors) {
        List<Behaviour> behaviours = behaviourIds.isEmpty() ? List.of()
                : Behaviour.list("id in ?1 and active = true", behaviourIds);
        if (behaviours.size() != behaviourIds.size()) {
            errors.put("behaviourIds", msg(m -> m.error_behaviour_unavailable()));
            return;
        }
        Set<Behaviour> wanted = new HashSet<>(behaviours);
        post.behaviours.retainAll(wanted);
        post.behaviours.addAll(wanted);
    }

    /**
     * The rule a story names: one of the list by id, or by a name, which picks the rule of that name (following a
     * merge) or proposes a new one.
     */
    private ServiceRule rule(Long ruleId, String newRule, Map<String, Text> errors) {
        if (ruleId != null) {
            ServiceRule rule = ServiceRule.find("id = ?1 and active = true", ruleId).firstResult();
            if (rule == null) {
                errors.put("ruleId", msg(m -> m.error_rule_unavailable()));
            }
            return rule;
        }
        if (newRule == null) {
            return null;
        }
        ServiceRule named = ServiceRule.findByName(newRule).orElse(null);
        while (named != null && named.mergedInto != null) {
            named = named.mergedInto;
        }
        if (named != null) {
            return named;
        }
        if (!errors.isEmpty()) {
            return null;
        }
        ServiceRule proposed = new ServiceRule();
        proposed.setName(newRule.strip());
        proposed.proposed = true;
        proposed.persist();
        audit.record("rule.proposed", "rule:" + proposed.id, Map.of("name", proposed.name));
        return proposed;
    }

    /**
     * Writes the post's search text: its texts and its people, never a customer's name or contact. Public for
     * writers that bypass the service (demo data, the backfill).
     */
    public static void index(Post post) {
        List<String> texts = new java.util.ArrayList<>();
        texts.add(post.story);
        texts.add(post.author.fullName);
        post.recipients.forEach(p -> texts.add(p.fullName));
        post.teams.forEach(t -> texts.add(t.name));
        if (post instanceof ComplaintStory s) {
            texts.addAll(java.util.Arrays.asList(s.complaint, s.outcome, s.customerQuote,
                    s.rule == null ? null : s.rule.name));
        } else if (post instanceof Inspiration i) {
            texts.addAll(java.util.Arrays.asList(i.source, i.lesson));
        } else if (post instanceof Recognition r) {
            texts.add(r.caseReference);
        }
        // Words between spaces, so "a word starting with" is one LIKE pattern: '% kov%'.
        String words = " " + String.join(" ", Person.termsOf(texts.stream().filter(java.util.Objects::nonNull)
                .toArray(String[]::new))) + " ";
        post.searchText = words.length() <= MAX_SEARCH_TEXT ? words : words.substring(0, MAX_SEARCH_TEXT);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static String names(Post post) {
        List<String> names = new java.util.ArrayList<>(post.recipients.stream().map(p -> p.fullName).toList());
        post.teams.forEach(t -> names.add(t.name));
        return String.join(", ", names);
    }

    private static Text msg(Function<PostMessages, String> message) {
        return Text.of(PostMessages.class, message);
    }
}
