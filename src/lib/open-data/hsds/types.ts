/**
 * The HSDS 3.0 objects we write: only the fields we fill. Field names are the specification's (snake_case),
 * so these types read like the schema files in ./schema/. An optional field is left out, never written empty.
 */

export interface HsdsTaxonomy {
  id: string;
  name: string;
  description: string;
  uri?: string;
  version?: string;
}

export interface HsdsTaxonomyTerm {
  id: string;
  code: string;
  name: string;
  description: string;
  taxonomy: string;
  taxonomy_id: string;
  taxonomy_detail?: HsdsTaxonomy;
  language: string;
}

export interface HsdsAttribute {
  id: string;
  link_id: string;
  link_entity: 'service';
  link_type: string;
  taxonomy_term_id: string;
  taxonomy_term: HsdsTaxonomyTerm;
}

export interface HsdsPhone {
  id: string;
  service_id?: string;
  organization_id?: string;
  number: string;
  type: 'voice';
}

export interface HsdsContact {
  id: string;
  service_id: string;
  name?: string;
  email?: string;
}

export interface HsdsOrganization {
  id: string;
  name: string;
  description: string;
  website?: string;
  email?: string;
  phones?: HsdsPhone[];
}

export interface HsdsAddress {
  id: string;
  location_id: string;
  address_1: string;
  city: string;
  state_province: string;
  postal_code: string;
  country: 'NL';
  address_type: 'physical';
}

export interface HsdsAccessibility {
  id: string;
  location_id: string;
  description: string;
}

export interface HsdsLocation {
  id: string;
  location_type: 'physical' | 'virtual';
  name: string;
  description?: string;
  latitude?: number;
  longitude?: number;
  addresses?: HsdsAddress[];
  accessibility?: HsdsAccessibility[];
}

export interface HsdsServiceAtLocation {
  id: string;
  service_id: string;
  location_id: string;
  location: HsdsLocation;
}

export interface HsdsSchedule {
  id: string;
  service_id: string;
  freq: 'WEEKLY' | 'MONTHLY';
  interval?: number;
  wkst: 'MO';
  byday: string;
  dtstart?: string;
  valid_from?: string;
  valid_to?: string;
  opens_at: string;
  closes_at: string;
  description: string;
  notes?: string;
  attending_type: string;
  schedule_link?: string;
}

export interface HsdsCostOption {
  id: string;
  service_id: string;
  option: string;
  currency: 'EUR';
  amount: number;
  amount_description?: string;
}

export interface HsdsLanguage {
  id: string;
  service_id: string;
  name: string;
  code: string;
}

export interface HsdsServiceArea {
  id: string;
  service_id: string;
  name: string;
  description?: string;
}

export type HsdsStatus = 'active' | 'inactive' | 'defunct' | 'temporarily closed';

/** A fully nested service, as `/services/{id}` returns it (schema/compiled/service_with_definitions.json). */
export interface HsdsService {
  id: string;
  organization_id: string;
  name: string;
  description: string;
  url: string;
  email?: string;
  status: HsdsStatus;
  alert?: string;
  application_process: string;
  fees_description: string;
  minimum_age?: number;
  maximum_age?: number;
  assured_date: string;
  organization: HsdsOrganization;
  phones: HsdsPhone[];
  schedules: HsdsSchedule[];
  service_areas: HsdsServiceArea[];
  service_at_locations: HsdsServiceAtLocation[];
  languages: HsdsLanguage[];
  cost_options: HsdsCostOption[];
  contacts: HsdsContact[];
  attributes: HsdsAttribute[];
}

/** One page of a list, as the HSDS API returns it (openapi.json, components.schemas.Page, plus `contents`). */
export interface HsdsPage<T> {
  total_items: number;
  total_pages: number;
  page_number: number;
  size: number;
  first_page: boolean;
  last_page: boolean;
  empty: boolean;
  contents: T[];
}

/** The API root document (openapi.json, path "/"). */
export interface HsdsRoot {
  version: '3.0';
  profile: string;
}
