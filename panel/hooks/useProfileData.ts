/**
 * The profile the panel shows: its query's frames read once per data change, unless something
 * replaces them (a dropped file, a subtree loaded in full detail) until the user goes back.
 */
import { useMemo, useState } from 'react';
import type { DataFrame } from '@grafana/data';
import { readProfileData, type ProfileData } from '../profileData';
import type { Override } from '../droppedFile';

export interface ProfileDataApi {
  profile: ProfileData;
  /** What replaces the query's data, if anything. */
  override?: Override;
  setOverride: (o: Override | undefined) => void;
}

export function useProfileData(series: DataFrame[]): ProfileDataApi {
  const [override, setOverride] = useState<Override>();
  const fromData = useMemo(() => readProfileData(series), [series]);
  return { profile: override?.data ?? fromData, override, setOverride };
}
