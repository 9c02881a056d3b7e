import { getFragmentData } from '../../__generated__';
import { SynoniemgroepVeldenFragmentDoc, type BeheerSynoniemgroepenQuery } from '../../__generated__/graphql';
import { useBeheerSynoniemgroepenQuery } from '../../__generated__/hooks';

/** Every synoniemgroep, in the API's order (by first word). */
export const synoniemgroepen = (data: BeheerSynoniemgroepenQuery) => data.synoniemgroepen.map((g) => getFragmentData(SynoniemgroepVeldenFragmentDoc, g));

export const useSynoniemgroepenQuery = (fetchPolicy: 'cache-and-network' | 'network-only') => useBeheerSynoniemgroepenQuery({ fetchPolicy });
