import { Aanbieder } from './aanbieder.entity.js';
import { Adres } from './adres.entity.js';
import { AanbiederContactpersoon, Contactpersoon, InstrumentContactpersoon } from './contactpersoon.entity.js';
import { Gemeente } from './gemeente.entity.js';
import { Download, Link, Registratiecode, Video } from './instrument-inhoud.entity.js';
import { InstrumentGemeente, InstrumentKenmerk, InstrumentRegio, InstrumentWijk } from './instrument-koppeling.entity.js';
import { Instrument } from './instrument.entity.js';
import { KenmerkCategorie } from './kenmerk-categorie.entity.js';
import { Kenmerk } from './kenmerk.entity.js';
import { Locatie } from './locatie.entity.js';
import { Organisatie } from './organisatie.entity.js';
import { Regio } from './regio.entity.js';
import { Wijk } from './wijk.entity.js';
import { AuditRecord } from './beheer/audit.entity.js';
import { Synoniemgroep } from './synoniemen/synoniemgroep.entity.js';

export const CATALOG_ENTITIES = [
  Regio, Gemeente, Wijk, Organisatie, Aanbieder, KenmerkCategorie, Kenmerk, Instrument,
  InstrumentKenmerk, InstrumentRegio, InstrumentGemeente, InstrumentWijk,
  Contactpersoon, InstrumentContactpersoon, AanbiederContactpersoon, Adres, Locatie,
  Registratiecode, Link, Download, Video, AuditRecord, Synoniemgroep,
];
