/**
 * Words and phrases of the Lumo help center (see /work/briefs/content-contract.md), from which
 * the synthetic benchmark articles are put together.
 */

/**
 * Category folders of the synthetic corpus: the sample help center's ten, plus two folders no UI
 * string file knows, which must build with no code change.
 */
export const categories = [
  'account',
  'calls',
  'messaging',
  'groups',
  'privacy-security',
  'notifications',
  'devices',
  'billing',
  'developers',
  'announcements',
  'storage-data',
  'accessibility',
] as const;

/** Tags a writer would attach to articles of each category. */
export const categoryTags: Record<(typeof categories)[number], readonly string[]> = {
  account: ['account', 'login', 'password', 'pin', 'profile', 'phone-number', 'security'],
  calls: ['calls', 'video', 'audio', 'network', 'screen-sharing', 'group-calls', 'ringtone'],
  messaging: ['messages', 'chats', 'voice-messages', 'backup', 'media', 'delivery', 'stickers'],
  groups: ['groups', 'admins', 'invite-links', 'members', 'permissions', 'communities'],
  'privacy-security': ['privacy', 'encryption', 'blocking', 'security-code', 'read-receipts', 'spam'],
  notifications: ['notifications', 'sounds', 'mute', 'battery', 'do-not-disturb', 'badges'],
  devices: ['devices', 'desktop', 'web', 'tablet', 'qr-code', 'transfer', 'linked-devices'],
  billing: ['premium', 'billing', 'refund', 'subscription', 'payments', 'invoices'],
  developers: ['api', 'sdk', 'webhooks', 'tokens', 'rate-limits', 'errors', 'oauth'],
  announcements: ['announcement', 'end-of-support', 'release', 'policy', 'maintenance'],
  'storage-data': ['storage', 'data-usage', 'media', 'cache', 'downloads', 'export'],
  accessibility: ['accessibility', 'screen-reader', 'font-size', 'captions', 'contrast', 'keyboard'],
};

export const screens = ['Settings', 'Privacy', 'Notifications', 'Chats', 'Calls', 'Storage and data', 'Account', 'Devices', 'Linked devices', 'Blocked contacts', 'Two-step verification', 'Security', 'Appearance', 'Help', 'Profile', 'Groups', 'Backups', 'Lumo Premium', 'Payments', 'Language', 'Accessibility', 'Advanced', 'Data usage', 'Chat history', 'Wallpaper', 'Sounds', 'Status', 'Invite links', 'Admin tools', 'Archived chats'] as const;
export const buttons = ['Save', 'Done', 'Next', 'Turn on', 'Turn off', 'Confirm', 'Back up now', 'Restore', 'Allow', 'Continue', 'Send', 'Copy link', 'Reset', 'Delete', 'Link device', 'Verify'] as const;
export const objects = ['your profile photo', 'the group name', 'a voice message', 'your phone number', 'the chat backup', 'your PIN', 'the security code', 'a linked computer', 'the invite link', 'your display name', 'disappearing messages', 'the call link', 'read receipts', 'the notification sound', 'your recovery key', 'a blocked contact', 'the QR code', 'your subscription', 'the message', 'the attachment', 'your email address', 'the desktop app', 'the web app', 'screen sharing', 'your status', 'the group description', 'the admin role', 'chat lock', 'the media files', 'your account'] as const;
export const verbs = ['change', 'delete', 'turn on', 'turn off', 'update', 'restore', 'back up', 'share', 'reset', 'verify', 'remove', 'edit', 'mute', 'archive', 'pin', 'report', 'block', 'copy', 'forward', 'download', 'export', 'link', 'unlink', 'check', 'review'] as const;
export const platforms = ['iPhone', 'Android', 'Windows', 'macOS', 'Linux', 'the web', 'iPad', 'a Chromebook'] as const;
export const problems = ['the call drops', 'messages are not delivered', 'notifications do not arrive', 'the app closes unexpectedly', 'the backup fails', 'the code is not accepted', 'the video freezes', 'the QR code does not scan', 'the audio is choppy', 'contacts do not appear', 'the download stops', 'the invite link has expired', 'the app uses too much battery', 'photos look blurry'] as const;
export const causes = ['a weak Wi-Fi signal', 'an outdated version of Lumo', 'battery saver mode', 'a full storage', 'a wrong date and time', 'a VPN connection', 'missing permissions', 'a blocked port on the router', 'an expired session', 'a network outage', 'a firewall on a work network', 'background data restrictions'] as const;
export const errorCodes = ['401 invalid_token', '429 rate_limited', 'LUMO-CALL-1006', '403 forbidden', '404 not_found', '500 internal_error', 'LUMO-SYNC-2001', 'LUMO-AUTH-3002'] as const;
/** Units for the amounts below, which are all plural. */
export const units = ['minutes', 'hours', 'days', 'seconds'] as const;
export const amounts = [2, 3, 4, 5, 7, 10, 14, 15, 24, 30, 32, 45, 48, 60, 64, 90, 100, 256] as const;
export const notes = ['Note', 'Tip', 'Important', 'Warning'] as const;
export const apiEndpoints = ['/v2/messages', '/v2/chats', '/v2/webhooks', '/v2/users/me', '/v2/calls', '/v2/groups', '/v2/tokens'] as const;
