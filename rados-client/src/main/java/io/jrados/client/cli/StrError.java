package io.jrados.client.cli;

import java.util.Map;

/**
 * Ceph's {@code cpp_strerror}: "(2) No such file or directory", the errno and glibc's text for it,
 * which is how the rados tool reports every failure.
 */
final class StrError {
  private static final Map<Integer, String> TEXT =
      Map.ofEntries(
          Map.entry(1, "Operation not permitted"),
          Map.entry(2, "No such file or directory"),
          Map.entry(4, "Interrupted system call"),
          Map.entry(5, "Input/output error"),
          Map.entry(6, "No such device or address"),
          Map.entry(7, "Argument list too long"),
          Map.entry(9, "Bad file descriptor"),
          Map.entry(11, "Resource temporarily unavailable"),
          Map.entry(12, "Cannot allocate memory"),
          Map.entry(13, "Permission denied"),
          Map.entry(14, "Bad address"),
          Map.entry(16, "Device or resource busy"),
          Map.entry(17, "File exists"),
          Map.entry(18, "Invalid cross-device link"),
          Map.entry(19, "No such device"),
          Map.entry(20, "Not a directory"),
          Map.entry(21, "Is a directory"),
          Map.entry(22, "Invalid argument"),
          Map.entry(23, "Too many open files in system"),
          Map.entry(24, "Too many open files"),
          Map.entry(27, "File too large"),
          Map.entry(28, "No space left on device"),
          Map.entry(29, "Illegal seek"),
          Map.entry(30, "Read-only file system"),
          Map.entry(32, "Broken pipe"),
          Map.entry(33, "Numerical argument out of domain"),
          Map.entry(34, "Numerical result out of range"),
          Map.entry(35, "Resource deadlock avoided"),
          Map.entry(36, "File name too long"),
          Map.entry(38, "Function not implemented"),
          Map.entry(39, "Directory not empty"),
          Map.entry(61, "No data available"),
          Map.entry(62, "Timer expired"),
          Map.entry(71, "Protocol error"),
          Map.entry(74, "Bad message"),
          Map.entry(75, "Value too large for defined data type"),
          Map.entry(85, "Interrupted system call should be restarted"),
          Map.entry(90, "Message too long"),
          Map.entry(95, "Operation not supported"),
          Map.entry(103, "Software caused connection abort"),
          Map.entry(104, "Connection reset by peer"),
          Map.entry(107, "Transport endpoint is not connected"),
          Map.entry(108, "Cannot send after transport endpoint shutdown"),
          Map.entry(110, "Connection timed out"),
          Map.entry(111, "Connection refused"),
          Map.entry(113, "No route to host"),
          Map.entry(116, "Stale file handle"),
          Map.entry(122, "Disk quota exceeded"),
          Map.entry(125, "Operation canceled"),
          Map.entry(129, "Key was rejected by service"));

  private StrError() {}

  /** "(N) text" for errno N (either sign), as cpp_strerror prints it. */
  static String of(int errno) {
    int n = Math.abs(errno);
    return "(" + n + ") " + TEXT.getOrDefault(n, "Unknown error " + n);
  }
}
