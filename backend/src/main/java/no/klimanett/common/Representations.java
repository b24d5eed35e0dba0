package no.klimanett.common;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Base64;

/**
 * Read-only figures as JSON or CSV (by Accept) with a strong ETag and a conditional GET.
 *
 * <p>The ETag is a digest of the exact bytes sent. Every figure response is a pure function of the data it
 * covers (its as-of time is the latest approval included, never "now"), so the tag changes exactly when an
 * approved report, a membership or a setting that the figure depends on changes — and not otherwise.
 */
@ApplicationScoped
public class Representations {

    public static final String CSV_TYPE = Csv.MEDIA_TYPE + "; charset=utf-8; header=present";

    @Inject
    ObjectMapper json;

    /**
     * @param shared whether a shared cache may keep the response (published figures fetched anonymously)
     */
    public Response figures(HttpHeaders headers, Csv.Table body, boolean shared) {
        boolean csv = wantsCsv(headers);
        byte[] bytes = csv ? Csv.write(body).getBytes(StandardCharsets.UTF_8) : toJson(body);
        EntityTag tag = new EntityTag(digest(bytes));
        // figures change the moment a report is approved: caches may keep them but must revalidate (cheap: 304)
        String cacheControl = (shared ? "public" : "private") + ", no-cache";
        String ifNoneMatch = headers.getHeaderString(HttpHeaders.IF_NONE_MATCH);
        Response.ResponseBuilder response = matches(ifNoneMatch, tag.getValue())
                ? Response.notModified(tag)
                : Response.ok(bytes, csv ? CSV_TYPE : MediaType.APPLICATION_JSON).tag(tag);
        return response.header(HttpHeaders.CACHE_CONTROL, cacheControl).header(HttpHeaders.VARY, "Accept, Authorization").build();
    }

    /** CSV when the caller prefers text/csv (or text/*) to JSON; JSON for everything else, including no Accept. */
    static boolean wantsCsv(HttpHeaders headers) {
        for (MediaType type : headers.getAcceptableMediaTypes()) {
            if (type.isCompatible(MediaType.APPLICATION_JSON_TYPE) && !type.isWildcardType()) return false;
            if (type.getType().equals("text") && (type.isWildcardSubtype() || type.getSubtype().equals("csv"))) return true;
            if (type.isWildcardType()) return false;
        }
        return false;
    }

    private byte[] toJson(Object body) {
        try {
            return json.writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("figures could not be written as JSON", e);
        }
    }

    static String digest(byte[] bytes) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(bytes);
            return Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(hash, 18));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** If-None-Match uses the weak comparison (RFC 9110 §13.1.2): W/"x" matches "x". */
    static boolean matches(String ifNoneMatch, String tag) {
        if (ifNoneMatch == null) return false;
        for (String candidate : ifNoneMatch.split(",")) {
            String value = candidate.trim();
            if (value.equals("*")) return true;
            if (value.startsWith("W/")) value = value.substring(2);
            if (value.equals("\"" + tag + "\"")) return true;
        }
        return false;
    }
}
