/**
 * The shell's virtual file system as the simulator uses it: the AIX directories scripts write to, the
 * files whose text belongs to the world (/etc/filesystems), and snapshots of what scripts wrote.
 */
import type { IFileSystem } from 'just-bash';
import type { ShellFiles } from './shell-command';

/** A file whose text belongs to the world (e.g. /etc/filesystems): rewritten before every command. */
export interface SyncedFile {
  path: string;
  read(): string;
  /** Takes an edit a script made to the file; without it the world's text wins again. */
  write?(text: string): void;
}

/** One file of a snapshot: path, text and permission bits. */
export interface FileSnapshot {
  path: string;
  text: string;
  mode: number;
}

/** Directories every AIX host has and scripts expect (logs go to /var/adm or /tmp). */
const AIX_DIRECTORIES = ['/tmp', '/var/adm', '/etc', '/usr/sbin', '/home'];

/** just-bash puts a stub file for each command in /bin and /usr/bin; they are not scripts. */
const STUB_PREFIX = '#!/bin/bash\n# Built-in command:';

export class ShellFileSystem {
  private readonly fs: IFileSystem;
  private readonly synced: SyncedFile[];
  /** The text last written for each synced file, to notice a script's edits. */
  private readonly written = new Map<string, string>();
  private prepared = false;
  private readonly worldDirectories: () => readonly string[];
  /** World directories already made here: a directory a script then removes is not made again. */
  private readonly madeDirectories = new Set<string>();

  constructor(fs: IFileSystem, synced: SyncedFile[], worldDirectories: () => readonly string[]) {
    this.fs = fs;
    this.synced = synced;
    this.worldDirectories = worldDirectories;
  }

  /** File access relative to a directory, as commands get it. */
  view(cwd: string): ShellFiles {
    return {
      read: async (path) => {
        const full = this.fs.resolvePath(cwd, path);
        if (!(await this.fs.exists(full)) || (await this.fs.stat(full)).isDirectory) return null;
        return this.fs.readFile(full);
      },
      write: async (path, text) => {
        const full = this.fs.resolvePath(cwd, path);
        await this.fs.mkdir(full.slice(0, full.lastIndexOf('/')) || '/', { recursive: true });
        await this.fs.writeFile(full, text);
      },
      exists: (path) => this.fs.exists(this.fs.resolvePath(cwd, path)),
    };
  }

  isCommandStub(text: string): boolean {
    return text.startsWith(STUB_PREFIX);
  }

  async isExecutable(cwd: string, path: string): Promise<boolean> {
    return ((await this.fs.stat(this.fs.resolvePath(cwd, path))).mode & 0o111) !== 0;
  }

  /**
   * Writes the world's text of each synced file and makes the world's new directories (before a run, and
   * after each simulator command): `cd /data` works where AIX has the mount point.
   */
  async refreshFromWorld(): Promise<void> {
    await this.prepare();
    for (const dir of this.worldDirectories()) {
      if (this.madeDirectories.has(dir)) continue;
      await this.fs.mkdir(dir, { recursive: true });
      this.madeDirectories.add(dir);
    }
    for (const file of this.synced) {
      const text = file.read();
      if (this.written.get(file.path) === text) continue;
      await this.fs.writeFile(file.path, text);
      this.written.set(file.path, text);
    }
  }

  /** Hands a script's edits of a synced file to the world (after a run). */
  async takeEditsToWorld(): Promise<void> {
    for (const file of this.synced) {
      if (!file.write || !(await this.fs.exists(file.path))) continue;
      const text = await this.fs.readFile(file.path);
      if (text === this.written.get(file.path)) continue;
      file.write(text);
      this.written.set(file.path, text);
    }
  }

  /** Every file a user or script made (command stubs and /proc, /dev excluded). */
  async snapshot(): Promise<FileSnapshot[]> {
    const files: FileSnapshot[] = [];
    for (const path of this.fs.getAllPaths().sort()) {
      if (/^\/(proc|dev)(\/|$)/.test(path)) continue;
      const stat = await this.fs.stat(path);
      if (!stat.isFile) continue;
      const text = await this.fs.readFile(path);
      if (!this.isCommandStub(text)) files.push({ path, text, mode: stat.mode });
    }
    return files;
  }

  async restore(files: FileSnapshot[]): Promise<void> {
    await this.prepare();
    for (const file of files) {
      await this.view('/').write(file.path, file.text);
      await this.fs.chmod(file.path, file.mode);
    }
  }

  private async prepare(): Promise<void> {
    if (this.prepared) return;
    this.prepared = true;
    for (const dir of AIX_DIRECTORIES) await this.fs.mkdir(dir, { recursive: true });
  }
}
