package no.klimanett.network;

public enum Visibility { PUBLIC, MEMBERS_ONLY }
