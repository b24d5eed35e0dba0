package no.klimanett.auth;

import jakarta.ws.rs.FormParam;

/** The form fields of an OAuth 2.0 token request. Length limits keep hashing cheap for attackers' input too. */
public record TokenRequest(
        @FormParam("grant_type") String grantType,
        @FormParam("username") String username,
        @FormParam("password") String password,
        @FormParam("client_id") String clientId,
        @FormParam("client_secret") String clientSecret) {}
