import { updateSettings } from '@/utils/storage';

/** "Hide on this site": remembered in settings, undone from the card's toast or the options page. */
export async function hideOnSite(site: string): Promise<void> {
  await updateSettings((current) => (current.dismissedHosts.includes(site) ? {} : { dismissedHosts: [...current.dismissedHosts, site] }));
}

export async function showOnSiteAgain(site: string): Promise<void> {
  await updateSettings((current) => ({ dismissedHosts: current.dismissedHosts.filter((host) => host !== site) }));
}
