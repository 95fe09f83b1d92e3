package app.bravo.security;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;

import app.bravo.audit.Audit;
import app.bravo.config.BravoConfig;
import app.bravo.i18n.Text;
import app.bravo.web.BadInputException;

/** Issuing and revoking API tokens. The secret is returned once and only its keyed hash is stored. */
@ApplicationScoped
public class ApiTokens {

    public static final String PREFIX = "bravo_";
    static final int MAX_NAME = 80;

    /** A token just made: the stored record and the secret to show its owner, once. */
    public record Issued(ApiToken token, String secret) {
    }

    @Inject
    TokenHasher hasher;

    @Inject
    Audit audit;

    @Inject
    CurrentUser currentUser;

    @Inject
    BravoConfig config;

    /** A token that acts as the person who owns the account, with their roles, until it expires. */
    @Transactional
    public Issued createPersonal(long accountId, String name, Integer days) {
        Map<String, Text> errors = new LinkedHashMap<>();
        checkNameAndDays(name, days, errors);
        if (!errors.isEmpty()) {
            throw new BadInputException(errors);
        }
        Issued issued = issue(name.trim(), accountId, null, days);
        audit.record("token.created", "token:" + issued.token().id, Map.of("name", issued.token().name,
                "kind", "personal", "expires", issued.token().expiresAt.toString()));
        return issued;
    }

    /** A token for an integration: no person behind it, only the scopes it was given. */
    @Transactional
    public Issued createService(String name, Collection<Scope> scopes, Integer days) {
        Map<String, Text> errors = new LinkedHashMap<>();
        checkNameAndDays(name, days, errors);
        if (scopes == null || scopes.isEmpty()) {
            errors.put("scopes", msg(m -> m.tokens_error_scopes()));
        }
        if (!errors.isEmpty()) {
            throw new BadInputException(errors);
        }
        String codes = scopes.stream().map(s -> s.code).sorted().collect(Collectors.joining(" "));
        Issued issued = issue(name.trim(), null, codes, days);
        audit.record("token.created", "token:" + issued.token().id, Map.of("name", issued.token().name,
                "kind", "service", "scopes", codes, "expires", issued.token().expiresAt.toString()));
        return issued;
    }

    /** Revokes one of the account's own tokens; someone else's token is "not found". */
    @Transactional
    public ApiToken revokePersonal(long accountId, long tokenId) {
        ApiToken token = ApiToken.findById(tokenId);
        if (token == null || token.accountId == null || token.accountId != accountId) {
            throw new NotFoundException();
        }
        return revoke(token);
    }

    @Transactional
    public ApiToken revokeService(long tokenId) {
        ApiToken token = ApiToken.findById(tokenId);
        if (token == null || token.isPersonal()) {
            throw new NotFoundException();
        }
        return revoke(token);
    }

    /** Notes when a token was last used, at most every few minutes, so a busy integration writes rarely. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    void touch(long tokenId, Instant now) {
        ApiToken.update("lastUsedAt = ?1 where id = ?2 and (lastUsedAt is null or lastUsedAt < ?3)", now, tokenId,
                now.minus(USE_RESOLUTION));
    }

    static final Duration USE_RESOLUTION = Duration.ofMinutes(5);

    private ApiToken revoke(ApiToken token) {
        if (token.revokedAt == null) {
            token.revokedAt = Instant.now();
            audit.record("token.revoked", "token:" + token.id, Map.of("name", token.name,
                    "kind", token.isPersonal() ? "personal" : "service"));
        }
        return token;
    }

    private Issued issue(String name, Long accountId, String scopes, int days) {
        String secret = PREFIX + Passwords.randomSecret(32);
        ApiToken token = new ApiToken();
        token.tokenHash = hasher.hash(secret);
        token.prefix = secret.substring(0, PREFIX.length() + 4);
        token.name = name;
        token.accountId = accountId;
        token.scopes = scopes;
        token.createdBy = currentUser.username();
        token.createdAt = Instant.now();
        token.expiresAt = token.createdAt.plus(Duration.ofDays(days));
        token.persist();
        return new Issued(token, secret);
    }

    private void checkNameAndDays(String name, Integer days, Map<String, Text> errors) {
        if (name == null || name.isBlank() || name.trim().length() > MAX_NAME) {
            errors.put("name", msg(m -> m.tokens_error_name(MAX_NAME)));
        }
        int max = config.apiTokens().maxDays();
        if (days == null || days < 1 || days > max) {
            errors.put("days", msg(m -> m.tokens_error_days(max)));
        }
    }

    /** The scopes named in a form, ignoring unknown ones. */
    public static Set<Scope> scopes(Collection<String> codes) {
        return codes == null ? Set.of()
                : codes.stream().map(Scope::parse).flatMap(java.util.Optional::stream).collect(Collectors.toSet());
    }

    private static Text msg(Function<SecurityMessages, String> message) {
        return Text.of(SecurityMessages.class, message);
    }
}
