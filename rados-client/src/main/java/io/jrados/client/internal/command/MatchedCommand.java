package io.jrados.client.internal.command;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A command ready to submit.
 *
 * @param command the JSON the {@code ceph} tool would send, keys in its order (prefix first, then
 *     arguments, then {@code "target": ["mon-mgr", ""]} for mgr commands, {@code "poll"} for
 *     polling ones, then the caller's extra fields such as {@code format})
 * @param target the daemon that serves it
 * @param signature the description it matched
 */
public record MatchedCommand(
    ObjectNode command, CommandTarget target, CommandSignature signature) {}
