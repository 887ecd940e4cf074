import { useRef, useState } from 'preact/hooks';
import { applicationsCsv } from '@/core/application-log/csv';
import {
  APPLICATION_STATUSES,
  STATUS_LABELS,
  WARN_AT_ENTRIES,
  MAX_ENTRIES,
  mergeLogs,
  updateEntry,
  type ApplicationEntry,
  type ApplicationStatus,
} from '@/core/application-log/entry';
import { applicationsJson, readApplicationsJson } from '@/core/application-log/import';
import { viewEntries, type LogSort, type LogView } from '@/core/application-log/view';
import { ATS_SITES } from '@/core/ats-hosts';
import { defaultSettings } from '@/core/settings';
import { safeWebUrl } from '@/core/safe-url';
import { applicationsItem, settingsItem, updateApplications } from '@/utils/storage';
import { ConfirmDialog } from './ConfirmDialog';
import { downloadBlob } from './files';
import { buttonClass, cardClass, fileInputClass, hintClass, inputClass, labelClass, smallButtonClass, statusClass } from '@/components/ui';
import { useStorageItem } from './useStorageItem';
import { t } from '@/components/i18n';

/** How many entries are listed before "Show more": a long log stays quick to render. */
const PAGE = 50;

const SORTS: [LogSort, string][] = [
  ['newest', t('optionsLogNewestFirst')],
  ['oldest', t('optionsLogOldestFirst')],
  ['company', t('optionsLogCompanyAZ')],
];

/** One option per application status, as both status selects list them. */
function StatusOptions() {
  return (
    <>
      {APPLICATION_STATUSES.map((status) => (
        <option key={status} value={status}>
          {STATUS_LABELS[status]}
        </option>
      ))}
    </>
  );
}

const atsName = (id: string) => ATS_SITES.find((site) => site.id === id)?.name ?? (id || t('optionsLogOtherSite'));
const when = (iso: string | undefined) => (iso ? new Date(iso).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' }) : '');
const stamp = () => new Date().toISOString();
const day = () => new Date().toISOString().slice(0, 10);

function EntryRow({ entry, onDelete }: { entry: ApplicationEntry; onDelete(): void }) {
  const id = `application-${encodeURIComponent(entry.url).replace(/[^A-Za-z0-9]/g, '')}`;
  const title = t('optionsLogEntryTitle', entry.company || t('optionsLogUnknownCompany'), entry.role || t('optionsLogUnknownRole'));
  const link = safeWebUrl(entry.url);
  const change = (patch: Partial<Pick<ApplicationEntry, 'status' | 'note'>>) =>
    updateApplications((entries) => updateEntry(entries, entry.url, patch, stamp()));
  return (
    <li class={cardClass}>
      <div class="flex flex-wrap items-baseline justify-between gap-2">
        <h4 id={`${id}-title`} class="font-semibold">
          {title}
        </h4>
        <span class={hintClass}>
          {[
            atsName(entry.ats),
            t('optionsLogFilledAt', when(entry.filledAt)),
            entry.appliedAt && t('optionsLogAppliedAt', when(entry.appliedAt)),
            entry.needsUser > 0 ? t('optionsLogFieldsFilledNeeded', entry.filled, entry.needsUser) : t('optionsLogFieldsFilled', entry.filled),
          ]
            .filter(Boolean)
            .join(' · ')}
        </span>
      </div>
      <div class="mt-2 grid gap-3 sm:grid-cols-[12rem_1fr]">
        <div>
          <label for={`${id}-status`} class={labelClass}>
            {t('optionsLogStatus')}
          </label>
          <select
            id={`${id}-status`}
            class={inputClass}
            value={entry.status}
            onChange={(e) => void change({ status: e.currentTarget.value as ApplicationStatus })}
          >
            <StatusOptions />
          </select>
        </div>
        <div>
          <label for={`${id}-note`} class={labelClass}>
            {t('optionsLogNote')}
          </label>
          <input id={`${id}-note`} class={inputClass} value={entry.note} maxLength={5000} onChange={(e) => void change({ note: e.currentTarget.value })} />
        </div>
      </div>
      <div class="mt-2 flex flex-wrap gap-2">
        {link && (
          <a class={`${smallButtonClass} underline`} href={link} target="_blank" rel="noopener noreferrer" aria-label={t('optionsLogOpenPostingLabel', title)}>
            {t('optionsLogOpenPosting')}
          </a>
        )}
        <button type="button" class={smallButtonClass} aria-label={t('optionsLogDeleteLabel', title)} onClick={onDelete}>
          {t('optionsLogDelete')}
        </button>
      </div>
    </li>
  );
}

/**
 * The application log: each job filled, newest first, with its status and a note; search, filter,
 * sort; CSV and JSON export, JSON import merged by job address; delete one or all (with undo).
 */
export function ApplicationLog() {
  const entries = useStorageItem(applicationsItem);
  const settings = useStorageItem(settingsItem);
  const [view, setView] = useState<LogView>({ query: '', status: 'all', sort: 'newest' });
  const [shown, setShown] = useState(PAGE);
  const [message, setMessage] = useState<{ text: string; error?: boolean; undo?: ApplicationEntry[] } | null>(null);
  const clearDialog = useRef<HTMLDialogElement>(null);
  const importInput = useRef<HTMLInputElement>(null);
  if (entries === undefined) return <p>{t('optionsLogLoading')}</p>;

  const recording = { ...defaultSettings(), ...settings }.recordApplications;
  const listed = viewEntries(entries, view);

  const importFile = async (file: File | undefined) => {
    if (importInput.current) importInput.current.value = '';
    if (!file) return;
    const read = readApplicationsJson(await file.text());
    if (!read.ok) return setMessage({ text: t('optionsLogImportRefused', file.name, read.problems.join('; ')), error: true });
    let counts = { added: 0, updated: 0 };
    await updateApplications((current) => {
      const merged = mergeLogs(current, read.entries);
      counts = merged;
      return merged.entries;
    });
    setMessage({ text: t('optionsLogImported', file.name, counts.added, counts.updated) });
  };

  /** Deletes the entries `which` picks, offering to bring them back. */
  const remove = async (which: (entry: ApplicationEntry) => boolean) => {
    let removed: ApplicationEntry[] = [];
    await updateApplications((current) => {
      removed = current.filter(which);
      return current.filter((entry) => !which(entry));
    });
    const text =
      removed.length === 1
        ? t('optionsLogDeletedOne', removed[0]!.company || t('optionsLogTheEntry'), removed[0]!.role || t('optionsLogUnknownRole'))
        : t('optionsLogDeletedMany', removed.length);
    setMessage({ text, undo: removed });
  };

  return (
    <div class="space-y-4">
      {!recording && (
        <p class={`${cardClass} text-sm`}>
          {t('optionsLogRecordingIsOffFills')} <a href="#settings">{t('optionsLogSettings')}</a>.
        </p>
      )}
      {entries.length >= WARN_AT_ENTRIES && (
        <p role="alert" class="rounded border border-amber-500 bg-amber-50 p-3 text-sm text-amber-950 dark:bg-amber-950 dark:text-amber-50">
          {t('optionsLogNearlyFull', entries.length, MAX_ENTRIES)}
        </p>
      )}
      <div class="grid gap-3 sm:grid-cols-3">
        <div>
          <label for="log-search" class={labelClass}>
            {t('optionsLogSearchApplications')}
          </label>
          <input id="log-search" type="search" class={inputClass} value={view.query} onInput={(e) => setView({ ...view, query: e.currentTarget.value })} />
        </div>
        <div>
          <label for="log-status" class={labelClass}>
            {t('optionsLogShow')}
          </label>
          <select
            id="log-status"
            class={inputClass}
            value={view.status}
            onChange={(e) => setView({ ...view, status: e.currentTarget.value as LogView['status'] })}
          >
            <option value="all">{t('optionsLogEveryStatus')}</option>
            <StatusOptions />
          </select>
        </div>
        <div>
          <label for="log-sort" class={labelClass}>
            {t('optionsLogOrder')}
          </label>
          <select id="log-sort" class={inputClass} value={view.sort} onChange={(e) => setView({ ...view, sort: e.currentTarget.value as LogSort })}>
            {SORTS.map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </div>
      </div>

      <p role="status" class="text-sm">
        {entries.length === 0
          ? t('optionsLogNoApplicationsYetEach')
          : t(entries.length === 1 ? 'optionsLogCountOne' : 'optionsLogCountMany', listed.length, entries.length)}
      </p>
      {listed.length > 0 && (
        <ul aria-label={t('optionsLogApplications')} class="space-y-3">
          {listed.slice(0, shown).map((entry) => (
            <EntryRow key={entry.url} entry={entry} onDelete={() => void remove((e) => e.url === entry.url)} />
          ))}
        </ul>
      )}
      {listed.length > shown && (
        <button type="button" class={buttonClass} onClick={() => setShown(shown + PAGE)}>
          {t('optionsLogShowMore', Math.min(PAGE, listed.length - shown))}
        </button>
      )}

      {message && (
        <div class="flex flex-wrap items-center gap-3">
          <p role={message.error ? 'alert' : 'status'} class={message.error ? 'text-sm text-red-700 dark:text-red-300' : statusClass}>
            {message.text}
          </p>
          {message.undo && (
            <button
              type="button"
              class={buttonClass}
              onClick={() => {
                const back = message.undo!;
                void updateApplications((current) => mergeLogs(current, back).entries).then(() => setMessage({ text: t('optionsLogTheDeletedEntriesAre') }));
              }}
            >
              {t('optionsLogUndo')}
            </button>
          )}
        </div>
      )}

      <div class={`${cardClass} flex flex-wrap items-end gap-3`}>
        <button
          type="button"
          class={buttonClass}
          disabled={entries.length === 0}
          onClick={() => downloadBlob(new Blob([applicationsCsv(entries)], { type: 'text/csv;charset=utf-8' }), `applications-${day()}.csv`)}
        >
          {t('optionsLogSaveTheLogAs')}
        </button>
        <button
          type="button"
          class={buttonClass}
          disabled={entries.length === 0}
          onClick={() => downloadBlob(new Blob([applicationsJson(entries)], { type: 'application/json' }), `applications-${day()}.json`)}
        >
          {t('optionsLogSaveTheLogAs2')}
        </button>
        <div>
          <label for="log-import" class={labelClass}>
            {t('optionsLogAddEntriesFromA')}
          </label>
          <input
            ref={importInput}
            id="log-import"
            type="file"
            accept=".json,application/json"
            class={fileInputClass}
            onChange={(e) => void importFile(e.currentTarget.files?.[0])}
          />
        </div>
        <button type="button" class={buttonClass} disabled={entries.length === 0} onClick={() => clearDialog.current?.showModal()}>
          {t('optionsLogDeleteAll')}
        </button>
      </div>
      <ConfirmDialog
        dialog={clearDialog}
        heading={entries.length === 1 ? t('optionsLogDeleteOnlyHeading') : t('optionsLogDeleteAllHeading', entries.length)}
        text={t('optionsLogTheLogIsEmptied')}
        cancelLabel={t('optionsLogCancel')}
        confirmLabel={t('optionsLogDeleteAll2')}
        onConfirm={() => void remove(() => true)}
      />
    </div>
  );
}
