import { ConnectorError, outcome } from '../connector';
import { tagsForLead } from './config';
import { acDetails, isDuplicate } from './errors';
import type { AcSendSession } from './session';
import { checkTagName, foldAccents, nameKey } from './tag-names';

const ACCENT_HINT = 'Tags with accents or special characters may cause issues';

function tagRefused(name: string, err: ConnectorError): ConnectorError {
  const check = checkTagName(name);
  const hint =
    check.issues.includes('accents') || check.issues.includes('special_characters')
      ? ` ${ACCENT_HINT}: try "${check.normalized}".`
      : ' Check how the tag is typed in the integration settings.';
  return new ConnectorError('permanent', `The tag "${name}" was not added. ${err.message}${hint}`, {
    status: err.status,
    details: { ...acDetails(err), reason: 'tag_refused', tag: name },
    cause: err,
  });
}

/** AC says the name exists, yet no tag matches it exactly: it differs by accents or symbols only. */
async function clash(s: AcSendSession, name: string, err: ConnectorError): Promise<ConnectorError> {
  const folded = foldAccents(nameKey(name)).replace(/[^a-z0-9]+/g, '');
  const similar = (await s.api.listTags(name))
    .map((t) => t.tag)
    .filter((t) => foldAccents(nameKey(t)).replace(/[^a-z0-9]+/g, '') === folded);
  const like = similar.length > 0 ? ` (existing: ${similar.map((t) => `"${t}"`).join(', ')})` : '';
  return new ConnectorError(
    'permanent',
    `The tag "${name}" was not added: ActiveCampaign treats it as the same as an existing tag${like}, which differs ` +
      `only by accents, case or special characters. ${ACCENT_HINT}: use exactly the existing spelling, or "${checkTagName(name).normalized}".`,
    { status: err.status, details: { reason: 'tag_clash', tag: name, similar }, cause: err },
  );
}

/** Exact, case-insensitive name → id; AC's search is "contains", so its answer is only a shortlist. */
export async function resolveTag(s: AcSendSession, name: string, fresh: boolean): Promise<string> {
  if (fresh) s.cache.forget('tag', name);
  const hit = s.cache.get('tag', name);
  if (hit !== undefined) return hit;
  const found = await s.api.findTag(name);
  if (found) {
    s.cache.set('tag', found.tag, found.id);
    return found.id;
  }
  try {
    const created = await s.api.createTag(name);
    s.cache.set('tag', name, created.id);
    s.ctx.note(`Tag "${name}" did not exist in ActiveCampaign and ${outcome(s.ctx, 'created')}.`);
    return created.id;
  } catch (err) {
    if (!(err instanceof ConnectorError) || err.errorClass !== 'permanent' || err.status === 404) throw err;
    if (!isDuplicate(err)) throw tagRefused(name, err);
    // Someone (another integration on this account) created it meanwhile, or it clashes.
    const again = await s.api.findTag(name);
    if (!again) throw await clash(s, name, err);
    s.cache.set('tag', again.tag, again.id);
    return again.id;
  }
}

export async function tagsStep(s: AcSendSession): Promise<void> {
  for (const name of tagsForLead(s.config, s.ctx.lead)) {
    const key = `tag:${nameKey(name)}`;
    if (s.done(key)) continue;
    s.checkpoint();
    await s.collect(async () => {
      const tagId = await s.withFreshIdsOn404(
        async (fresh) => {
          const id = await resolveTag(s, name, fresh);
          await s.api.tagContact(s.contactId(), id, name);
          return id;
        },
        (err) => tagRefused(name, err),
      );
      s.record(key, { tag: tagId });
    });
  }
}
