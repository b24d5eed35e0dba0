package no.klimanett.common;

import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * Paging parameters shared by every list; the page size is capped so no caller can ask for everything.
 * Taken as text and parsed here so that {@code ?size=abc} is a 400 naming {@code size} (JAX-RS would answer 404
 * for a failed conversion), and only when the list is read, after the caller's access has been checked.
 */
public class PageRequest {

    public static final int MAX_SIZE = 100;
    public static final int MAX_PAGE = 100_000;
    static final int DEFAULT_SIZE = 20;

    @QueryParam("page")
    @Parameter(description = "Page number, from 0",
            schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "0", maximum = "100000", defaultValue = "0"))
    String pageParam;

    @QueryParam("size")
    @Parameter(description = "Items per page",
            schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "1", maximum = "100", defaultValue = "20"))
    String sizeParam;

    private int page = -1;
    private int size;

    public static PageRequest of(int page, int size) {
        var request = new PageRequest();
        request.page = page;
        request.size = size;
        return request;
    }

    public int page() {
        parse();
        return page;
    }

    public int size() {
        parse();
        return size;
    }

    public int offset() {
        return page() * size();
    }

    private void parse() {
        if (page >= 0) return;
        var errors = new FieldErrors();
        Integer p = Params.bounded(errors, "page", pageParam, 0, MAX_PAGE);
        Integer s = Params.bounded(errors, "size", sizeParam, 1, MAX_SIZE);
        errors.throwIfAny();
        page = p == null ? 0 : p;
        size = s == null ? DEFAULT_SIZE : s;
    }
}
