package io.jrados.client.api;

/**
 * A notify delivered to a {@link Watch}.
 *
 * @param notifyId the OSD's id of this notify
 * @param notifierGid the global id of the client that sent it (its {@code client.N})
 * @param watchCookie the cookie of the watch it was delivered to ({@link Watch#cookie()})
 * @param payload the bytes the notifier sent (not copied: the listener may keep them)
 */
public record NotifyEvent(long notifyId, long notifierGid, long watchCookie, byte[] payload) {}
