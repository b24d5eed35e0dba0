package no.klimanett.auth;

/** What an API client may read in the networks granted to it. */
public enum ClientScope {
    NETWORKS_READ("networks:read"),
    STATS_READ("stats:read");

    private final String value;

    ClientScope(String value) {
        this.value = value;
    }

    public String value() {
        return value;
    }

    public static java.util.List<String> allValues() {
        return java.util.Arrays.stream(values()).map(ClientScope::value).toList();
    }

    public static ClientScope parse(String value) {
        for (ClientScope scope : values()) {
            if (scope.value.equals(value)) return scope;
        }
        throw new IllegalArgumentException(value);
    }
}
