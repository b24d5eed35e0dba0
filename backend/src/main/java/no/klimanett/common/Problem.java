package no.klimanett.common;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** RFC 9457 problem details, the one error shape of the API. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(String type, String title, int status, String detail, String instance, List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /**
     * One refused field: where ({@code field}, the JSON path the caller sent, or a query parameter's or header's
     * name), why ({@code code}, stable), in English ({@code message}) and the values a translation needs.
     */
    public record FieldError(
            String field,
            FieldCode code,
            String message,
            @JsonInclude(JsonInclude.Include.NON_EMPTY)
            @Schema(description = "Values the code's text needs: min, max, expected, allowed, format, other, country, count")
            Map<String, Object> params) {

        public FieldError(String field, FieldCode code, String message) {
            this(field, code, message, Map.of());
        }

        /** {@code params} as name, value, name, value, ... in the order given. */
        public static FieldError of(String field, FieldCode code, String message, Object... params) {
            if (params.length % 2 != 0) throw new IllegalArgumentException("params come in name, value pairs");
            Map<String, Object> map = new LinkedHashMap<>();
            for (int i = 0; i < params.length; i += 2) map.put((String) params[i], params[i + 1]);
            return new FieldError(field, code, message, map);
        }
    }
}
