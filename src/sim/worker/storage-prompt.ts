/** The storage console's prompt, as the storage admin knows it from the real CLI. */
export function storagePrompt(storage: 'ds8000' | 'svc' | undefined): string {
  return storage === 'svc' ? 'IBM_2145:svc:superuser>' : 'dscli> ';
}
