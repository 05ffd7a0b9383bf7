/**
 * Frame filter presets: the frames of a runtime's own machinery, hidden so the application's frames
 * read as one story. Patterns are RE2, tested anywhere in the name (anchors say where). The README
 * lists them; a test pins each against real frame names from that runtime's profilers.
 */
export type PresetId = 'nodejs' | 'go' | 'jvm' | 'python' | 'native';

export interface FramePreset {
  label: string;
  description: string;
  /** Hide filters: exact names, or /regex/ (literal prefixes and suffixes where they do: see src/regex/prefilter). */
  patterns: readonly string[];
}

export const FRAME_PRESETS: Record<PresetId, FramePreset> = {
  nodejs: {
    label: 'Node.js internals',
    description: 'Node core modules (node:internal/…, node:events, …), as @pyroscope/nodejs and V8 name them',
    // "node:internal/timers:processTimers:502" (Pyroscope's Node SDK), "Function:^processTimers
    // node:internal/timers:497" (eBPF agents print V8's names with the script after a space).
    patterns: ['/^node:/', '/ node:[a-z_/]+:\\d+$/'],
  },
  go: {
    label: 'Go runtime',
    description: 'The Go scheduler, garbage collector and allocator (runtime.*, internal/runtime/*)',
    patterns: ['/^runtime\\./', '/^internal\\/runtime\\//', '/^runtime\\/internal\\//'],
  },
  jvm: {
    label: 'JVM internals',
    description: 'The JDK (java.*, javax.*, jdk.*, sun.*, com.sun.*, in dotted or slashed form)',
    // One prefix each (dotted and slashed): a literal prefix is a startsWith, never an RE2 run.
    patterns: [
      '/^java\\./',
      '/^java\\//',
      '/^javax\\./',
      '/^javax\\//',
      '/^jdk\\./',
      '/^jdk\\//',
      '/^sun\\./',
      '/^sun\\//',
      '/^com\\.sun\\./',
      '/^com\\/sun\\//',
    ],
  },
  python: {
    label: 'Python internals',
    description: 'The standard library (…/lib/python3.x/…) and frozen import machinery',
    patterns: ['/[/\\\\]lib[/\\\\]python\\d(\\.\\d+)?[/\\\\]/', '/<frozen [^>]+>/'],
  },
  native: {
    label: 'Native and kernel',
    description: 'Unsymbolised addresses, [unknown] and [kernel] frames, libc thread start-up and syscall entry',
    patterns: [
      '/^0x[0-9a-fA-F]+$/',
      '/^\\[.*\\]$/',
      '/_\\[k\\]$/',
      '_start',
      '__libc_start_main',
      '__libc_start_call_main',
      'start_thread',
      'thread_start',
      'clone',
      'clone3',
      '__clone',
      '__clone3',
      '/^entry_SYSCALL_64/',
      '/^do_syscall_64/',
      '/^__x64_sys_/',
    ],
  },
};

export const PRESET_IDS = Object.keys(FRAME_PRESETS) as PresetId[];
