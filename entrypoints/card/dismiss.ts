import { settingsItem } from '@/utils/storage';

/** "Hide on this site": remembered in settings, undone from the card's toast or the options page. */
export async function hideOnSite(site: string): Promise<void> {
  const settings = await settingsItem.getValue();
  if (!settings.dismissedHosts.includes(site)) {
    await settingsItem.setValue({ ...settings, dismissedHosts: [...settings.dismissedHosts, site] });
  }
}

export async function showOnSiteAgain(site: string): Promise<void> {
  const settings = await settingsItem.getValue();
  await settingsItem.setValue({ ...settings, dismissedHosts: settings.dismissedHosts.filter((host) => host !== site) });
}
