package no.klimanett.common;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.MatrixParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Set;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * A body sent to an operation that takes none is refused, not ignored (issue #10: {@code submit} with
 * {@code {"status":"APPROVED"}} was accepted as if the body meant something). Whether an operation takes a body is
 * read from its resource method: a parameter without a JAX-RS source annotation is the body, and so is a form.
 */
public class NoBodyExpected {

    private static final Set<Class<? extends Annotation>> NOT_THE_BODY = Set.of(PathParam.class, QueryParam.class,
            HeaderParam.class, CookieParam.class, MatrixParam.class, BeanParam.class, Context.class,
            org.jboss.resteasy.reactive.RestPath.class, org.jboss.resteasy.reactive.RestQuery.class,
            org.jboss.resteasy.reactive.RestHeader.class);


    @ServerRequestFilter
    public Response refuseUnexpectedBody(ContainerRequestContext request, ResourceInfo resource) {
        if (request.getMethod().equals("GET") || request.getMethod().equals("HEAD") || resource == null
                || resource.getResourceMethod() == null || !hasBody(request) || takesBody(resource.getResourceMethod())) {
            return null;
        }
        return ProblemMapper.response(ProblemType.VALIDATION, "This operation takes no request body",
                List.of(new Problem.FieldError("body", FieldCode.NOT_ALLOWED, "must be empty: this operation takes no body")),
                request.getUriInfo());
    }

    private static boolean hasBody(ContainerRequestContext request) {
        String length = request.getHeaderString("Content-Length");
        return request.getHeaderString("Transfer-Encoding") != null || length != null && !length.trim().equals("0");
    }

    static boolean takesBody(Method method) {
        if (method.isAnnotationPresent(Consumes.class)) return true;
        for (Annotation[] annotations : method.getParameterAnnotations()) {
            boolean sourced = false;
            for (Annotation a : annotations) {
                if (NOT_THE_BODY.contains(a.annotationType())) sourced = true;
                if (a.annotationType() == FormParam.class) return true;
            }
            if (!sourced) return true;
        }
        return false;
    }
}
